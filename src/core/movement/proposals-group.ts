import type { proposalsMethodNames } from '@shared/movement/method-names'
import type { HandlerGroup } from '../feature-deps'

/** A part of the proposals' handler group: some of its methods, from the same `FeatureDeps`. */
export type ProposalsGroup<M extends (typeof proposalsMethodNames)[number]> = Pick<
  HandlerGroup<typeof proposalsMethodNames>,
  M
>

/** Fields kept exactly as sent (ids, base64), not normalised as typed text. */
export const proposalVerbatim = new Set([
  'id',
  'unitId',
  'movementId',
  'awardFormId',
  'proposalIds',
  'candidateId',
  'contentBase64'
])
