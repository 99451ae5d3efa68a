import type { rostersMethodNames } from '../../shared/rosters/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

export function rostersHandlers(deps: FeatureDeps): HandlerGroup<typeof rostersMethodNames> {
  void deps
  return {}
}
