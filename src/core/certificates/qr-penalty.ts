/*
 * The mask penalty of ISO/IEC 18004 7.8.3, as the qrcode package counts it, on bit-packed lines:
 * each row and each column of the symbol is a few 32-bit words (module i at bit i % 32 of word
 * ⌊i / 32⌋), so one word operation looks at 32 modules. A masked line is the unmasked symbol's
 * line XOR the mask's, both packed once.
 */

/** A symbol's rows and columns, `words` 32-bit words each. */
export interface PackedLines {
  size: number
  words: number
  rows: Int32Array
  columns: Int32Array
}

/** Packs a size × size module matrix (row by row, 1 = dark) by rows and by columns. */
export function packLines(modules: Uint8Array, size: number): PackedLines {
  const words = (size + 31) >>> 5
  const rows = new Int32Array(size * words)
  const columns = new Int32Array(size * words)
  for (let r = 0, k = 0; r < size; r++) {
    for (let c = 0; c < size; c++, k++) {
      if (!modules[k]) continue
      rows[r * words + (c >>> 5)]! |= 1 << (c & 31)
      columns[c * words + (r >>> 5)]! |= 1 << (r & 31)
    }
  }
  return { size, words, rows, columns }
}

const popcount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** Scratch: the masked line being scored and the line before it (for 2×2 blocks), ≤ 6 words. */
const line = new Int32Array(6)
const before = new Int32Array(6)

/** Word `w` of `x` moved k (1–31) modules along the line: module i − k lands on module i. */
const shifted = (x: Int32Array, w: number, k: number): number =>
  w === 0 ? x[0]! << k : (x[w]! << k) | (x[w - 1]! >>> (32 - k))

/**
 * Runs of five or more (run − 2 points each) and finder-like patterns (40 each) of the line in
 * `line`, `n` modules long. A module whose colour repeats the one before continues a run; a
 * module after four continuations is the fifth or later of a run (one point each), and the first
 * such module of a run adds the other two. The finder-like sequences 1011101 0000 and
 * 0000 1011101 end at module i when modules i − 10 … i read them; mK is the line moved K modules
 * along (its bit i is module i − K).
 */
function scoreLine(words: number, n: number): number {
  let points = 0
  let previousLong = 0
  let previousSame = 0
  for (let w = 0; w < words; w++) {
    const valid = w === words - 1 && n % 32 !== 0 ? (1 << (n % 32)) - 1 : -1
    const x = line[w]!
    const p = w === 0 ? 0 : line[w - 1]!
    const m1 = (x << 1) | (p >>> 31)
    const same = ~(x ^ m1) & valid & (w === 0 ? ~1 : -1)
    // same, same one back, two back, three back: "this and the three before repeat"
    const s1 = (same << 1) | (previousSame >>> 31)
    const s2 = (same << 2) | (previousSame >>> 30)
    const s3 = (same << 3) | (previousSame >>> 29)
    const long = same & s1 & s2 & s3
    const firstOfRun = long & ~((long << 1) | (previousLong >>> 31))
    points += popcount(long) + 2 * popcount(firstOfRun)
    previousSame = same
    previousLong = long
    // what both sequences share: dark at i − 4 and i − 6, light at i − 1, i − 5 and i − 9
    const both =
      valid &
      (w === 0 ? ~0x3ff : -1) &
      ~m1 &
      ((x << 4) | (p >>> 28)) &
      ~((x << 5) | (p >>> 27)) &
      ((x << 6) | (p >>> 26)) &
      ~((x << 9) | (p >>> 23))
    if (both === 0) continue
    const m2 = (x << 2) | (p >>> 30)
    const m3 = (x << 3) | (p >>> 29)
    const m7 = (x << 7) | (p >>> 25)
    const m8 = (x << 8) | (p >>> 24)
    const m10 = (x << 10) | (p >>> 22)
    const a = both & ~x & ~m2 & ~m3 & m7 & m8 & m10
    const b = both & x & m2 & m3 & ~m7 & ~m8 & ~m10
    points += 40 * (popcount(a) + popcount(b))
  }
  return points
}

/** 2×2 blocks of one colour between the line in `before` and the one in `line` (3 points each). */
function scoreBlocks(words: number, n: number): number {
  let count = 0
  for (let w = 0; w < words; w++) {
    const valid = w === words - 1 && n % 32 !== 0 ? (1 << (n % 32)) - 1 : -1
    const vertical = ~(line[w]! ^ before[w]!)
    const verticalBack =
      w === 0 ? vertical << 1 : (vertical << 1) | (~(line[w - 1]! ^ before[w - 1]!) >>> 31)
    const horizontal = ~(line[w]! ^ shifted(line, w, 1))
    count += popcount(vertical & verticalBack & horizontal & valid & (w === 0 ? ~1 : -1))
  }
  return 3 * count
}

/**
 * The penalty of the symbol `symbol` XOR `mask`. Counting stops once it reaches `limit` (a mask
 * already found is at least as good), as every part only adds.
 */
export function maskPenalty(symbol: PackedLines, mask: PackedLines, limit: number): number {
  const { size, words } = symbol
  let points = 0
  let dark = 0
  for (let r = 0; r < size; r++) {
    const at = r * words
    for (let w = 0; w < words; w++) {
      before[w] = line[w]!
      line[w] = symbol.rows[at + w]! ^ mask.rows[at + w]!
      dark += popcount(line[w]!)
    }
    points += scoreLine(words, size)
    if (r > 0) points += scoreBlocks(words, size)
    if (points >= limit) return points
  }
  for (let c = 0; c < size; c++) {
    const at = c * words
    for (let w = 0; w < words; w++) line[w] = symbol.columns[at + w]! ^ mask.columns[at + w]!
    points += scoreLine(words, size)
    if (points >= limit) return points
  }
  return points + Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10
}
