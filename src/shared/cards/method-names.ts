/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const cardsMethodNames = [
  'listCheckInCodes',
  'revokeCard',
  'verifyCheckInCode',
  'checkDelegateCards',
  'renderDelegateCards',
  'renderNameTents',
  'renderInvitations',
  'getInvitationSettings',
  'saveInvitationSettings',
  'listLabelSheets',
  'renderAddressLabels'
] as const
