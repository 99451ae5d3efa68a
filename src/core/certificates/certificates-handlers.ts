import type { certificatesMethodNames } from '../../shared/certificates/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

export function certificatesHandlers(
  deps: FeatureDeps
): HandlerGroup<typeof certificatesMethodNames> {
  void deps
  return {}
}
