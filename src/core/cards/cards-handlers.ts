import type { cardsMethodNames } from '@shared/cards/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { cardPrintHandlers } from './card-print-handlers'
import { checkInCodeHandlers } from './check-in-code-handlers'
import { invitationHandlers } from './invitation-handlers'

/** The cards feature's handlers: its sub-features' groups combined. */
export function cardsHandlers(deps: FeatureDeps): HandlerGroup<typeof cardsMethodNames> {
  return {
    ...invitationHandlers(deps),
    ...checkInCodeHandlers(deps),
    ...cardPrintHandlers(deps)
  }
}
