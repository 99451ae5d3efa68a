import type { movementMethodNames } from '@shared/movement/method-names'
import type { HandlerGroup } from '../feature-deps'

/** A part of the movement's handler group: some of its methods, from the same `FeatureDeps`. */
export type MovementGroup<M extends (typeof movementMethodNames)[number]> = Pick<
  HandlerGroup<typeof movementMethodNames>,
  M
>
