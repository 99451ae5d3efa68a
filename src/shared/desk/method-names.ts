/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const deskMethodNames = [
  'getDeskStatus',
  'startDeskListener',
  'stopDeskListener',
  'openDeskPairing',
  'revokeDesk'
] as const
