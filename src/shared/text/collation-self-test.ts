/**
 * Start-up check that the runtime's ICU really has Vietnamese collation. Runtimes built with
 * small-ICU silently fall back to the root collation (ă sorted as a, tones in the wrong order).
 */

/** Sequences that must be in strictly ascending order under Vietnamese collation. */
const EXPECTED_ORDERS: readonly (readonly string[])[] = [
  ['D', 'Đ', 'E'],
  ['d', 'đ', 'e'],
  ['Dung', 'Đào', 'Em'],
  // Tones: none < huyền < hỏi < ngã < sắc < nặng.
  ['a', 'à', 'ả', 'ã', 'á', 'ạ'],
  ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'],
  // Modified letters are letters of their own (primary differences), not accents.
  ['az', 'ăa', 'âa', 'b'],
  ['ez', 'êa', 'g'],
  ['oz', 'ôa', 'ơa', 'p'],
  ['uz', 'ưa', 'v']
]

export interface CollationSelfTestResult {
  ok: boolean
  problems: string[]
}

/**
 * Check that `Intl.Collator('vi')` resolves to Vietnamese and sorts Vietnamese correctly.
 * Never throws; every failure is a line in `problems`. `collator` is for tests only.
 */
export function vietnameseCollationSelfTest(collator?: Intl.Collator): CollationSelfTestResult {
  const problems: string[] = []
  try {
    collator ??= new Intl.Collator('vi', { sensitivity: 'variant' })
  } catch (error) {
    return { ok: false, problems: [`Intl.Collator('vi') failed: ${String(error)}`] }
  }
  const locale = collator.resolvedOptions().locale
  if (!locale.toLowerCase().startsWith('vi')) {
    problems.push(`The Vietnamese collator resolved to '${locale}', not Vietnamese`)
  }
  for (const order of EXPECTED_ORDERS) {
    for (let i = 1; i < order.length; i++) {
      const before = order[i - 1] ?? ''
      const after = order[i] ?? ''
      if (!(collator.compare(before, after) < 0)) {
        problems.push(`expected '${before}' before '${after}'`)
      }
    }
  }
  return { ok: problems.length === 0, problems }
}
