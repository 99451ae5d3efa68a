import type { delegatesMethodNames } from '../../shared/delegates/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

export function delegatesHandlers(deps: FeatureDeps): HandlerGroup<typeof delegatesMethodNames> {
  void deps
  return {}
}
