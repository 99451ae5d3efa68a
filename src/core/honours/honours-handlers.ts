import type { honoursMethodNames } from '../../shared/honours/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

export function honoursHandlers(deps: FeatureDeps): HandlerGroup<typeof honoursMethodNames> {
  void deps
  return {}
}
