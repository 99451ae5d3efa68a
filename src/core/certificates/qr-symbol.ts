/*
 * The parts of a QR code symbol (ISO/IEC 18004) for byte mode at error correction level M:
 * version choice, the codeword sequence with its Reed–Solomon error correction, and each
 * version's function patterns and data module order, computed once per version.
 */

/** Error correction codewords per block and number of blocks, level M, versions 1–40. */
const eccPerBlock = [
  10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28
]
const blockCount = [
  1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26,
  28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49
]

/** A version's fixed layout: function modules, which modules they reserve, where data goes. */
export interface VersionLayout {
  version: number
  size: number
  /** Finder, separator, timing, alignment and version patterns, and the dark module. */
  base: Uint8Array
  /** 1 where a module belongs to a function pattern or the format information. */
  reserved: Uint8Array
  /** Indexes of the data modules in placement order (the zigzag from the bottom right). */
  order: Uint32Array
  /** Codewords the version holds (data and error correction). */
  rawCodewords: number
}

const layouts = new Map<number, VersionLayout>()

function alignmentCentres(version: number, size: number): number[] {
  if (version === 1) return []
  const count = Math.floor(version / 7) + 2
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2
  const centres = [6]
  for (let pos = size - 7; centres.length < count; pos -= step) centres.splice(1, 0, pos)
  return centres
}

/** The 18 version bits of versions 7 and up: BCH(18, 6) with generator 0x1f25. */
function versionBits(version: number): number {
  let rem = version << 12
  for (let bit = 17; bit >= 12; bit--) if ((rem >> bit) & 1) rem ^= 0x1f25 << (bit - 12)
  return (version << 12) | rem
}

export function versionLayout(version: number): VersionLayout {
  const known = layouts.get(version)
  if (known) return known
  const size = version * 4 + 17
  const base = new Uint8Array(size * size)
  const reserved = new Uint8Array(size * size)
  const set = (row: number, col: number, dark: boolean) => {
    if (row < 0 || col < 0 || row >= size || col >= size) return
    base[row * size + col] = dark ? 1 : 0
    reserved[row * size + col] = 1
  }
  for (const [r0, c0] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0]
  ] as const) {
    for (let r = -1; r <= 7; r++)
      for (let c = -1; c <= 7; c++) {
        const inside = r >= 0 && r <= 6 && c >= 0 && c <= 6
        const ring = r === 0 || r === 6 || c === 0 || c === 6
        const core = r >= 2 && r <= 4 && c >= 2 && c <= 4
        set(r0 + r, c0 + c, inside && (ring || core))
      }
  }
  for (let i = 8; i < size - 8; i++) {
    set(6, i, i % 2 === 0)
    set(i, 6, i % 2 === 0)
  }
  const centres = alignmentCentres(version, size)
  for (const r of centres)
    for (const c of centres) {
      const nearFinder =
        (r === 6 && c === 6) || (r === 6 && c === size - 7) || (r === size - 7 && c === 6)
      if (nearFinder) continue
      for (let dr = -2; dr <= 2; dr++)
        for (let dc = -2; dc <= 2; dc++)
          set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1)
    }
  for (let i = 0; i < 9; i++) {
    reserved[8 * size + i] = 1
    reserved[i * size + 8] = 1
  }
  for (let i = 0; i < 8; i++) {
    reserved[8 * size + size - 1 - i] = 1
    reserved[(size - 1 - i) * size + 8] = 1
  }
  set(size - 8, 8, true)
  if (version >= 7) {
    const bits = versionBits(version)
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >> i) & 1) === 1
      const a = Math.floor(i / 3)
      const b = (i % 3) + size - 11
      set(a, b, dark)
      set(b, a, dark)
    }
  }
  const order: number[] = []
  let upward = true
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step
      for (const col of [right, right - 1]) {
        const k = row * size + col
        if (!reserved[k]) order.push(k)
      }
    }
    upward = !upward
  }
  const layout: VersionLayout = {
    version,
    size,
    base,
    reserved,
    order: Uint32Array.from(order),
    rawCodewords: Math.floor(order.length / 8)
  }
  layouts.set(version, layout)
  return layout
}

/** Data codewords of a version at level M. */
const dataCodewords = (version: number): number =>
  versionLayout(version).rawCodewords - eccPerBlock[version - 1]! * blockCount[version - 1]!

/** The smallest version whose level-M capacity holds `length` bytes in byte mode. */
export function versionFor(length: number): number {
  for (let v = 1; v <= 40; v++) {
    const bits = 4 + (v < 10 ? 8 : 16) + length * 8
    if (bits <= dataCodewords(v) * 8) return v
  }
  throw new RangeError(`${length} bytes do not fit in a QR code at error correction level M`)
}

const exp = new Uint8Array(512)
const log = new Uint8Array(256)
for (let i = 0, x = 1; i < 255; i++) {
  exp[i] = x
  log[x] = i
  x <<= 1
  if (x & 0x100) x ^= 0x11d
}
for (let i = 255; i < 512; i++) exp[i] = exp[i - 255]!

const generators = new Map<number, Uint8Array>()

/** The Reed–Solomon generator polynomial of the degree, highest coefficient (1) left out. */
function generator(degree: number): Uint8Array {
  let g = generators.get(degree)
  if (!g) {
    let poly = [1]
    for (let i = 0; i < degree; i++) {
      const next = new Array<number>(poly.length + 1).fill(0)
      for (let j = 0; j < poly.length; j++) {
        next[j]! ^= poly[j]!
        if (poly[j]) next[j + 1]! ^= exp[log[poly[j]!]! + i]!
      }
      poly = next
    }
    g = Uint8Array.from(poly.slice(1))
    generators.set(degree, g)
  }
  return g
}

const productTables = new Map<number, Int32Array>()

/**
 * For each factor f (0–255), the generator's coefficients times f, packed four bytes a word
 * (first coefficient in the high byte of word 0), `ceil(degree / 4)` words a factor.
 */
function productTable(degree: number): Int32Array {
  let table = productTables.get(degree)
  if (!table) {
    const g = generator(degree)
    const words = (degree + 3) >> 2
    table = new Int32Array(256 * words)
    for (let f = 1; f < 256; f++)
      for (let i = 0; i < degree; i++)
        if (g[i]) table[f * words + (i >> 2)]! |= exp[log[f]! + log[g[i]!]!]! << (24 - 8 * (i & 3))
    productTables.set(degree, table)
  }
  return table
}

/**
 * The remainder of data × x^degree divided by the generator: the error correction of the block
 * `data[start … start + length)`, written to `out[at … at + degree)`. The remainder is kept four
 * bytes a word, so one step (shift by a byte, add the generator times the leading factor) is a
 * few word operations instead of one per coefficient.
 */
function errorCorrection(
  data: Uint8Array,
  start: number,
  length: number,
  degree: number,
  out: Uint8Array,
  at: number
): void {
  const table = productTable(degree)
  const words = (degree + 3) >> 2
  const rem = new Int32Array(words)
  const last = words - 1
  for (let d = start; d < start + length; d++) {
    const row = (data[d]! ^ (rem[0]! >>> 24)) * words
    for (let w = 0; w < last; w++)
      rem[w] = ((rem[w]! << 8) | (rem[w + 1]! >>> 24)) ^ table[row + w]!
    rem[last] = (rem[last]! << 8) ^ table[row + last]!
  }
  for (let i = 0; i < degree; i++) out[at + i] = rem[i >> 2]! >>> (24 - 8 * (i & 3))
}

/** The data codewords of `bytes` in byte mode, terminated and padded to the version's capacity. */
function dataCodewordsOf(bytes: Uint8Array, version: number): Uint8Array {
  const capacity = dataCodewords(version)
  const data = new Uint8Array(capacity)
  // mode 0100 and the length (8 or 16 bits) put every data byte four bits off a byte boundary
  const header = (0b0100 << (version < 10 ? 8 : 16)) | bytes.length
  let k = 0
  if (version >= 10) data[k++] = (header >>> 12) & 0xff
  data[k++] = (header >>> 4) & 0xff
  let carry = header & 0xf
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    data[k++] = (carry << 4) | (b >>> 4)
    carry = b & 0xf
  }
  // the last half byte and the four-bit terminator (versionFor left room for both)
  data[k++] = carry << 4
  for (let pad = 0xec; k < capacity; k++, pad ^= 0xec ^ 0x11) data[k] = pad
  return data
}

/**
 * The blocks' codewords taken in turn: first every data codeword, then every ECC codeword. The
 * blocks lie end to end in `data` (the short ones first, one codeword shorter) and in `ecc`.
 */
function interleave(
  data: Uint8Array,
  blocks: number,
  shortBlocks: number,
  shortData: number,
  ecc: Uint8Array,
  degree: number,
  raw: number
): Uint8Array {
  const out = new Uint8Array(raw)
  let k = 0
  for (let i = 0; i <= shortData; i++)
    for (let b = 0; b < blocks; b++) {
      const long = b >= shortBlocks
      if (i === shortData && !long) continue
      out[k++] = data[b * shortData + (long ? b - shortBlocks : 0) + i]!
    }
  for (let i = 0; i < degree; i++) for (let b = 0; b < blocks; b++) out[k++] = ecc[b * degree + i]!
  return out
}

/** Every codeword of the symbol, blocks interleaved, for `bytes` in byte mode. */
export function codewords(bytes: Uint8Array, version: number): Uint8Array {
  const data = dataCodewordsOf(bytes, version)
  const blocks = blockCount[version - 1]!
  const degree = eccPerBlock[version - 1]!
  const raw = versionLayout(version).rawCodewords
  const shortBlocks = blocks - (raw % blocks)
  const shortData = Math.floor(raw / blocks) - degree
  const ecc = new Uint8Array(blocks * degree)
  for (let b = 0, at = 0; b < blocks; b++) {
    const length = shortData + (b < shortBlocks ? 0 : 1)
    errorCorrection(data, at, length, degree, ecc, b * degree)
    at += length
  }
  return interleave(data, blocks, shortBlocks, shortData, ecc, degree, raw)
}
