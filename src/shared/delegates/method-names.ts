/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const delegatesMethodNames = [
  'listDelegates',
  'getDelegate',
  'createDelegate',
  'addDelegates',
  'updateDelegate',
  'updateDelegates',
  'deleteDelegates',
  'listDelegateWarnings',
  'listDelegateCategories',
  'saveDelegateCategories',
  'listDelegateColumns',
  'saveDelegateColumns'
] as const
