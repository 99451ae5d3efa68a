/*
 * Zod-free constants and helpers over the honours entities, for the renderer (zod at runtime
 * trips the CSP).
 */
import type { Decision, HonoreeKind } from './entities'

export const honoreeKindList: readonly HonoreeKind[] = ['collective', 'individual', 'household']

/** Protocol order of a decision: collectives, then individuals, then households. */
export const decisionHonoreeIds = (d: Pick<Decision, 'honoreeIds'>): string[] =>
  honoreeKindList.flatMap((k) => d.honoreeIds[k])

export const issueParts = ['number', 'date', 'signer', 'awardForm', 'honorees'] as const
export type IssuePart = (typeof issueParts)[number]

/** The parts an issue still lacks, in a fixed order (the core refuses the issue; the UI names them). */
export function missingForIssue(
  decision: Pick<Decision, 'number' | 'date' | 'signer' | 'awardFormId' | 'honoreeIds'>
): IssuePart[] {
  const missing: IssuePart[] = []
  if (decision.number.trim() === '') missing.push('number')
  if (!decision.date) missing.push('date')
  if (!decision.signer || decision.signer.name.trim() === '' || decision.signer.title.trim() === '')
    missing.push('signer')
  if (!decision.awardFormId) missing.push('awardForm')
  if (decisionHonoreeIds(decision).length === 0) missing.push('honorees')
  return missing
}

/** "125/QĐ-UBND", or "" while the decision has no number. */
export const decisionNumberLabel = (d: Pick<Decision, 'number' | 'symbol'>): string =>
  d.number ? `${d.number}/${d.symbol}` : ''
