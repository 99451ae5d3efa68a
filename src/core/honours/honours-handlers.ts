import type { honoursMethodNames } from '@shared/honours/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { awardFormHandlers } from './award-form-handlers'
import { decisionHandlers } from './decision-handlers'
import { honoreeHandlers } from './honoree-handlers'
import { honoursDocumentHandlers } from './honours-documents'
import { registerHandlers } from './register-handlers'

/** The honours feature's handlers: its sub-features' groups combined. */
export function honoursHandlers(deps: FeatureDeps): HandlerGroup<typeof honoursMethodNames> {
  return {
    ...honoreeHandlers(deps),
    ...awardFormHandlers(deps),
    ...decisionHandlers(deps),
    ...registerHandlers(deps),
    ...honoursDocumentHandlers(deps)
  }
}
