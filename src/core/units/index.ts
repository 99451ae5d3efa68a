/** The ward's units as the import feature fills them (the movement feature keeps and reads them). */
export {
  importHouseholdsToDraft,
  importRegistrationsToDraft,
  importUnitsToDraft
} from './unit-import'
