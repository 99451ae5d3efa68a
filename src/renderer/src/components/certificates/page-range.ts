/**
 * Parses "3, 7-9" into sorted unique positions 1…max. Returns the first bad part when the text
 * does not parse or names a position outside the batch.
 */
export function parsePositions(
  text: string,
  max: number
): { ok: true; positions: number[] } | { ok: false; bad: string } {
  const out = new Set<number>()
  // "7 - 9" is one range: spaces around a dash do not separate parts.
  const parts = text
    .replace(/\s*([-–])\s*/g, '$1')
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean)
  for (const part of parts) {
    const match = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part)
    if (!match) return { ok: false, bad: part }
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    if (from < 1 || to < from || to > max) return { ok: false, bad: part }
    for (let n = from; n <= to; n++) out.add(n)
  }
  return { ok: true, positions: [...out].sort((a, b) => a - b) }
}

/** The shortest text for positions: [3, 7, 8, 9] → "3, 7-9". */
export function formatPositions(positions: readonly number[]): string {
  const sorted = [...new Set(positions)].sort((a, b) => a - b)
  const runs: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return runs.join(', ')
}
