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

/** Points of the dark-module balance rule for `dark` dark modules of `size` × `size`. */
const balance = (dark: number, size: number): number =>
  Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10

/**
 * The penalty of the symbol `symbol` XOR `mask`. Counting stops once it reaches `limit` (a mask
 * already found is at least as good), as every part only adds.
 */
export function maskPenalty(symbol: PackedLines, mask: PackedLines, limit: number): number {
  return symbol.words <= 2 ? narrowPenalty(symbol, mask, limit) : widePenalty(symbol, mask, limit)
}

function widePenalty(symbol: PackedLines, mask: PackedLines, limit: number): number {
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
  points += balance(dark, size)
  for (let c = 0; c < size; c++) {
    const at = c * words
    for (let w = 0; w < words; w++) line[w] = symbol.columns[at + w]! ^ mask.columns[at + w]!
    points += scoreLine(words, size)
    if (points >= limit) return points
  }
  return points
}

/*
 * Symbols of up to 64 modules a side (versions 1–11, what a certificate's code needs): a line is
 * two words held in locals, no scratch arrays. The same rules as scoreLine and scoreBlocks,
 * written out for word 0 (nothing before it) and word 1 (word 0 before it); v0 and v1 mark the
 * modules each word holds (v1 is 0 when the line fits in one word).
 */

/** Runs and finder-like patterns of the line x0, x1 (see scoreLine). */
function narrowLine(x0: number, x1: number, v0: number, v1: number): number {
  let points = 0
  const a1 = x0 << 1
  const same0 = ~(x0 ^ a1) & v0 & ~1
  const long0 = same0 & (same0 << 1) & (same0 << 2) & (same0 << 3)
  if (long0 !== 0) points += popcount(long0) + 2 * popcount(long0 & ~(long0 << 1))
  const both0 = v0 & ~0x3ff & ~a1 & (x0 << 4) & ~(x0 << 5) & (x0 << 6) & ~(x0 << 9)
  if (both0 !== 0) {
    const a = both0 & ~x0 & ~(x0 << 2) & ~(x0 << 3) & (x0 << 7) & (x0 << 8) & (x0 << 10)
    const b = both0 & x0 & (x0 << 2) & (x0 << 3) & ~(x0 << 7) & ~(x0 << 8) & ~(x0 << 10)
    points += 40 * (popcount(a) + popcount(b))
  }
  if (v1 === 0) return points
  const b1 = (x1 << 1) | (x0 >>> 31)
  const same1 = ~(x1 ^ b1) & v1
  const long1 =
    same1 &
    ((same1 << 1) | (same0 >>> 31)) &
    ((same1 << 2) | (same0 >>> 30)) &
    ((same1 << 3) | (same0 >>> 29))
  if (long1 !== 0)
    points += popcount(long1) + 2 * popcount(long1 & ~((long1 << 1) | (long0 >>> 31)))
  const both1 =
    v1 &
    ~b1 &
    ((x1 << 4) | (x0 >>> 28)) &
    ~((x1 << 5) | (x0 >>> 27)) &
    ((x1 << 6) | (x0 >>> 26)) &
    ~((x1 << 9) | (x0 >>> 23))
  if (both1 !== 0) {
    const m2 = (x1 << 2) | (x0 >>> 30)
    const m3 = (x1 << 3) | (x0 >>> 29)
    const m7 = (x1 << 7) | (x0 >>> 25)
    const m8 = (x1 << 8) | (x0 >>> 24)
    const m10 = (x1 << 10) | (x0 >>> 22)
    const a = both1 & ~x1 & ~m2 & ~m3 & m7 & m8 & m10
    const b = both1 & x1 & m2 & m3 & ~m7 & ~m8 & ~m10
    points += 40 * (popcount(a) + popcount(b))
  }
  return points
}

/** 2×2 blocks of one colour between the line p0, p1 and the line x0, x1 (see scoreBlocks). */
function narrowBlocks(x0: number, x1: number, p0: number, p1: number, v0: number, v1: number) {
  const vertical0 = ~(x0 ^ p0)
  let count = popcount(vertical0 & (vertical0 << 1) & ~(x0 ^ (x0 << 1)) & v0 & ~1)
  if (v1 !== 0) {
    const vertical1 = ~(x1 ^ p1)
    const back = (vertical1 << 1) | (vertical0 >>> 31)
    count += popcount(vertical1 & back & ~(x1 ^ ((x1 << 1) | (x0 >>> 31))) & v1)
  }
  return 3 * count
}

function narrowPenalty(symbol: PackedLines, mask: PackedLines, limit: number): number {
  const { size, words } = symbol
  const v0 = words === 1 ? (size === 32 ? -1 : (1 << size) - 1) : -1
  const v1 = words === 1 ? 0 : size === 64 ? -1 : (1 << (size - 32)) - 1
  const sr = symbol.rows
  const mr = mask.rows
  let points = 0
  let dark = 0
  let p0 = 0
  let p1 = 0
  for (let r = 0, at = 0; r < size; r++, at += words) {
    const x0 = sr[at]! ^ mr[at]!
    const x1 = words === 2 ? sr[at + 1]! ^ mr[at + 1]! : 0
    dark += popcount(x0) + popcount(x1)
    points += narrowLine(x0, x1, v0, v1)
    if (r > 0) points += narrowBlocks(x0, x1, p0, p1, v0, v1)
    if (points >= limit) return points
    p0 = x0
    p1 = x1
  }
  points += balance(dark, size)
  const sc = symbol.columns
  const mc = mask.columns
  for (let c = 0, at = 0; c < size; c++, at += words) {
    const x0 = sc[at]! ^ mc[at]!
    const x1 = words === 2 ? sc[at + 1]! ^ mc[at + 1]! : 0
    points += narrowLine(x0, x1, v0, v1)
    if (points >= limit) return points
  }
  return points
}
