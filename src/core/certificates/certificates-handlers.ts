import type { certificatesMethodNames } from '@shared/certificates/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { batchHandlers } from './batch-handlers'
import { batchSettingsHandlers } from './batch-settings-handlers'
import { fontHandlers } from './font-handlers'
import { printerProfileHandlers } from './printer-profile-handlers'
import { templateHandlers } from './template-handlers'

/** The certificates feature's handlers: its sub-features' groups combined. */
export function certificatesHandlers(
  deps: FeatureDeps
): HandlerGroup<typeof certificatesMethodNames> {
  return {
    ...templateHandlers(deps),
    ...printerProfileHandlers(deps),
    ...fontHandlers(deps),
    ...batchHandlers(deps),
    ...batchSettingsHandlers(deps)
  }
}
