import type { movementMethodNames } from '@shared/movement/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { movementPaperHandlers } from './movement-papers'
import { periodHandlers } from './period-handlers'
import { progressHandlers } from './progress-handlers'
import { tallyHandlers } from './tally-handlers'
import { titleHandlers } from './title-handlers'
import { unitHandlers } from './unit-handlers'
import { yearRecordHandlers } from './year-record-handlers'

/** The movement's methods, one part per sub-feature. */
export function movementHandlers(deps: FeatureDeps): HandlerGroup<typeof movementMethodNames> {
  return {
    ...unitHandlers(deps),
    ...titleHandlers(deps),
    ...periodHandlers(deps),
    ...yearRecordHandlers(deps),
    ...tallyHandlers(deps),
    ...progressHandlers(deps),
    ...movementPaperHandlers(deps)
  }
}
