/** The delegates feature's entry point: what the app and other features may use. */
export { delegatesHandlers } from './delegates-handlers'
export {
  addDelegatesToDraft,
  categoriesOf,
  categoryNamesOnAdd,
  delegatesOf,
  ensureDefaultCategories,
  requireEvent
} from './delegate-store'
export { loadSampleDelegates, seedSampleDelegates } from './sample-delegates'
