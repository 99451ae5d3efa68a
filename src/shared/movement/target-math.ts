/*
 * Target arithmetic over counts, exact: a share count/total is compared with a percentage as
 * integers (basis points), never as floats, so 57 of 60 (95 %) does not meet "> 95 %".
 */
import type { Comparison } from './entities'

export interface Share {
  count: number
  total: number
}

/** 95 → 9500, 90.5 → 9050. Targets carry at most two decimals. */
export const basisPoints = (percent: number): number => Math.round(percent * 100)

/** Whether `share` meets "comparison percent"; null when there is nothing to count. */
export function meetsTarget(share: Share, comparison: Comparison, percent: number): boolean | null {
  if (share.total <= 0) return null
  const lhs = share.count * 10_000
  const rhs = basisPoints(percent) * share.total
  if (comparison === '=') return lhs === rhs
  if (comparison === '>') return lhs > rhs
  return lhs >= rhs
}

/** The share as a percentage, for charts (not for deciding whether a target is met). */
export const sharePercent = (share: Share): number | null =>
  share.total > 0 ? (share.count * 100) / share.total : null

/** The fewest counted units/households out of `total` that meet the target (null: none can). */
export function neededCount(total: number, comparison: Comparison, percent: number): number | null {
  if (total <= 0) return null
  const bp = basisPoints(percent)
  // count * 10000 (>|>=|=) bp * total
  const exact = (bp * total) / 10_000
  let needed =
    comparison === '>' ? Math.floor((bp * total) / 10_000) + 1 : Math.ceil((bp * total) / 10_000)
  if (comparison === '=' && needed !== exact) return null
  if (needed > total) return null
  if (needed < 0) needed = 0
  return needed
}

const trimZeros = (s: string) => (s.includes('.') ? s.replace(/\.?0+$/, '') : s)

/**
 * "95", "96,7", "94,9": truncated (never rounded up into the target), and with more digits when
 * one decimal would show exactly the target's value while the share differs from it.
 */
export function formatShare(share: Share, targetPercent?: number): string {
  if (share.total <= 0) return '–'
  const scaled = (digits: number) => {
    const factor = 10 ** digits
    return Math.floor((share.count * 100 * factor) / share.total) / factor
  }
  let digits = 1
  let value = scaled(digits)
  const exactHit = targetPercent !== undefined && meetsTarget(share, '=', targetPercent) === true
  while (targetPercent !== undefined && !exactHit && value === targetPercent && digits < 4) {
    digits += 1
    value = scaled(digits)
  }
  return trimZeros(value.toFixed(digits)).replace('.', ',')
}

export const formatPercent = (percent: number): string =>
  trimZeros(percent.toFixed(2)).replace('.', ',')

export const comparisonSymbol: Record<Comparison, string> = { '=': '=', '>': '>', '>=': '≥' }

/** "> 95 %", "= 100 %", "≥ 90,5 %". */
export const goalLabel = (comparison: Comparison, percent: number): string =>
  `${comparisonSymbol[comparison]} ${formatPercent(percent)} %`
