import type { MemberFields, Quota, QuotaCheck, QuotaShareCheck } from './entities'
import { meetsCriterion } from './member-traits'

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * Checks a roster's members against its quota: the allotted total (exactly), and each minimum
 * share (at least minCount members and at least minPercent of the members, rounded up).
 */
export function checkQuota(
  members: readonly Pick<{ fields: MemberFields }, 'fields'>[],
  quota: Quota,
  eventDate: string | null
): QuotaCheck {
  const count = members.length
  const shares: QuotaShareCheck[] = quota.minimums.map((minimum) => {
    const matching = members.filter((m) => meetsCriterion(minimum.criterion, m.fields, eventDate))
    const base = quota.total ?? count
    const byPercent =
      minimum.minPercent === null ? 0 : Math.ceil((base * minimum.minPercent) / 100 - 1e-9)
    const required = Math.max(minimum.minCount ?? 0, byPercent)
    return {
      criterion: minimum.criterion,
      count: matching.length,
      percent: count === 0 ? 0 : round1((matching.length * 100) / count),
      required,
      ok: matching.length >= required
    }
  })
  const totalOk = quota.total === null || count === quota.total
  return {
    count,
    total: quota.total,
    totalOk,
    shares,
    // An empty roster meets no quota, whatever its minimums say.
    ok: count > 0 && totalOk && shares.every((s) => s.ok)
  }
}
