import { codewords, versionFor, versionLayout } from './qr-symbol'

export interface QrMatrix {
  size: number
  /** size × size modules, row by row; 1 = dark. */
  dark: Uint8Array
}

/** Whether mask pattern `p` flips the module at (row, col) (ISO/IEC 18004 table 10). */
function masked(p: number, row: number, col: number): boolean {
  switch (p) {
    case 0:
      return (row + col) % 2 === 0
    case 1:
      return row % 2 === 0
    case 2:
      return col % 3 === 0
    case 3:
      return (row + col) % 3 === 0
    case 4:
      return (Math.floor(row / 2) + Math.floor(col / 3)) % 2 === 0
    case 5:
      return ((row * col) % 2) + ((row * col) % 3) === 0
    case 6:
      return (((row * col) % 2) + ((row * col) % 3)) % 2 === 0
    default:
      return (((row * col) % 3) + ((row + col) % 2)) % 2 === 0
  }
}

/** The 15 format bits for error correction level M (00) and mask `p`: BCH(15,5), then XOR 0x5412. */
function formatBits(p: number): number {
  const data = p // level M is 00
  let rem = data << 10
  for (let bit = 14; bit >= 10; bit--) if ((rem >> bit) & 1) rem ^= 0x537 << (bit - 10)
  return ((data << 10) | rem) ^ 0x5412
}

/** Writes the format bits of mask `p` into their two copies (and the dark module beside them). */
function placeFormat(m: Uint8Array, size: number, p: number): void {
  const bits = formatBits(p)
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i
    m[row * size + 8] = bit
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i
    m[8 * size + col] = bit
  }
  m[(size - 8) * size + 8] = 1
}

/**
 * The mask penalty (ISO/IEC 18004 7.8.3) as the qrcode package counts it: runs of five or more,
 * 2×2 blocks, finder-like 1:1:3:1:1 patterns, and the dark share's distance from half. Counting
 * stops once it reaches `limit` (a mask already found is at least as good).
 */
function penalty(m: Uint8Array, size: number, limit: number): number {
  let points = lines(m, size, 1, size) + lines(m, size, size, 1)
  if (points >= limit) return points
  for (let row = 0; row < size - 1; row++) {
    let k = row * size
    let left = m[k]! + m[k + size]!
    for (let col = 1; col < size; col++) {
      k++
      const right = m[k]! + m[k + size]!
      const sum = left + right
      if (sum === 0 || sum === 4) points += 3
      left = right
    }
  }
  let dark = 0
  for (let k = 0; k < m.length; k++) dark += m[k]!
  points += Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10) * 10
  return points
}

/** Runs of five or more and finder-like patterns along every row (or column). */
function lines(m: Uint8Array, size: number, along: number, across: number): number {
  let points = 0
  for (let i = 0; i < size; i++) {
    let k = i * across
    let last = m[k]!
    let run = 1
    let bits = last
    for (let j = 1; j < size; j++) {
      k += along
      const v = m[k]!
      if (v === last) run++
      else {
        if (run >= 5) points += run - 2
        last = v
        run = 1
      }
      bits = ((bits << 1) & 0x7ff) | v
      if (j >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40
    }
    if (run >= 5) points += run - 2
  }
  return points
}

/** Per symbol size (= version): each mask as a flip array over the data modules (0 elsewhere). */
const maskCache = new Map<number, Uint8Array[]>()

function masksFor(size: number, reserved: Uint8Array): Uint8Array[] {
  let masks = maskCache.get(size)
  if (!masks) {
    masks = Array.from({ length: 8 }, (_, p) => {
      const flips = new Uint8Array(size * size)
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++) {
          const k = row * size + col
          if (!reserved[k] && masked(p, row, col)) flips[k] = 1
        }
      return flips
    })
    maskCache.set(size, masks)
  }
  return masks
}

/**
 * Encodes `text` as UTF-8 bytes (byte mode, error correction M) in the smallest version that
 * holds them, with the best of the eight masks by the penalty: the symbol the qrcode package
 * makes for the same bytes (tested), at a fraction of its cost.
 */
export function encodeQr(text: string): QrMatrix {
  const bytes = Buffer.from(text, 'utf8')
  const layout = versionLayout(versionFor(bytes.length))
  const { size, order } = layout
  const words = codewords(bytes, layout.version)
  const unmasked = layout.base.slice()
  for (let i = 0; i < words.length * 8; i++)
    if ((words[i >> 3]! >> (7 - (i & 7))) & 1) unmasked[order[i]!] = 1
  const masks = masksFor(size, layout.reserved)
  let best = new Uint8Array(unmasked.length)
  let candidate = new Uint8Array(unmasked.length)
  let lowest = Infinity
  for (let p = 0; p < 8; p++) {
    const flips = masks[p]!
    for (let k = 0; k < unmasked.length; k++) candidate[k] = unmasked[k]! ^ flips[k]!
    placeFormat(candidate, size, p)
    const points = penalty(candidate, size, lowest)
    if (points < lowest) {
      lowest = points
      ;[best, candidate] = [candidate, best]
    }
  }
  return { size, dark: best }
}

const cache = new Map<string, QrMatrix>()

/** The module matrix of a QR code (error correction M), drawn by the painter as vector paths. */
export function qrMatrix(text: string): QrMatrix {
  let m = cache.get(text)
  if (!m) {
    m = encodeQr(text)
    if (cache.size > 256) cache.clear()
    cache.set(text, m)
  }
  return m
}
