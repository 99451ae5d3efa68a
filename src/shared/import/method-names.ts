/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const importMethodNames = [
  'previewImport',
  'commitImport',
  'exportDelegates',
  'exportHonorees'
] as const
