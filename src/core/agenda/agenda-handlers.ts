import type { agendaMethodNames } from '../../shared/agenda/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

export function agendaHandlers(deps: FeatureDeps): HandlerGroup<typeof agendaMethodNames> {
  void deps
  return {}
}
