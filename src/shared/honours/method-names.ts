/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const honoursMethodNames = [
  'listHonorees',
  'createHonoree',
  'updateHonoree',
  'deleteHonorees',
  'listDelegateChoices',
  'listAwardForms',
  'createAwardForm',
  'updateAwardForm',
  'deleteAwardForm',
  'listDecisions',
  'createDecision',
  'updateDecision',
  'deleteDecision',
  'issueDecision',
  'listRegister',
  'voidRegisterEntry',
  'recordRegisterPrints',
  'exportRegister',
  'getBonusTable',
  'exportBonusTable',
  'exportDecisionPdf'
] as const
