import type { proposalsMethodNames } from '@shared/movement/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { attachmentHandlers } from './attachment-handlers'
import { candidateHistoryHandlers } from './candidate-history'
import { councilDecisionHandlers } from './council-decisions'
import { councilDocumentHandlers } from './council-documents'
import { councilHandlers } from './council-handlers'
import { proposalHandlers } from './proposal-handlers'

/** Proposals to decisions, one part per sub-feature. */
export function proposalsHandlers(deps: FeatureDeps): HandlerGroup<typeof proposalsMethodNames> {
  return {
    ...proposalHandlers(deps),
    ...attachmentHandlers(deps),
    ...candidateHistoryHandlers(deps),
    ...councilHandlers(deps),
    ...councilDecisionHandlers(deps),
    ...councilDocumentHandlers(deps)
  }
}
