/*
 * Zod-free constants and helpers over the honours entities, for the renderer (zod at runtime
 * trips the CSP).
 */
import type { Decision, HonoreeKind } from './entities'

export const honoreeKindList: readonly HonoreeKind[] = ['collective', 'individual', 'household']

/** Protocol order of a decision: collectives, then individuals, then households. */
export const decisionHonoreeIds = (d: Pick<Decision, 'honoreeIds'>): string[] =>
  honoreeKindList.flatMap((k) => d.honoreeIds[k])

/** "125/QĐ-UBND", or "" while the decision has no number. */
export const decisionNumberLabel = (d: Pick<Decision, 'number' | 'symbol'>): string =>
  d.number ? `${d.number}/${d.symbol}` : ''
