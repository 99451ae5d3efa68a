import type { importMethodNames } from '../../shared/import/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

export function importHandlers(deps: FeatureDeps): HandlerGroup<typeof importMethodNames> {
  void deps
  return {}
}
