import { loadQrCode } from '../pdf/deferred-modules'

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
 * 2×2 blocks, finder-like 1:1:3:1:1 patterns, and the dark share's distance from half.
 */
function penalty(m: Uint8Array, size: number): number {
  let points = 0
  let dark = 0
  for (let i = 0; i < size; i++) {
    let runRow = 0
    let runCol = 0
    let lastRow = -1
    let lastCol = -1
    let bitsRow = 0
    let bitsCol = 0
    for (let j = 0; j < size; j++) {
      const r = m[i * size + j]!
      const c = m[j * size + i]!
      dark += r
      if (r === lastRow) runRow++
      else {
        if (runRow >= 5) points += runRow - 2
        lastRow = r
        runRow = 1
      }
      if (c === lastCol) runCol++
      else {
        if (runCol >= 5) points += runCol - 2
        lastCol = c
        runCol = 1
      }
      bitsRow = ((bitsRow << 1) & 0x7ff) | r
      bitsCol = ((bitsCol << 1) & 0x7ff) | c
      if (j >= 10) {
        if (bitsRow === 0x5d0 || bitsRow === 0x05d) points += 40
        if (bitsCol === 0x5d0 || bitsCol === 0x05d) points += 40
      }
    }
    if (runRow >= 5) points += runRow - 2
    if (runCol >= 5) points += runCol - 2
  }
  for (let row = 0; row < size - 1; row++)
    for (let col = 0; col < size - 1; col++) {
      const k = row * size + col
      const sum = m[k]! + m[k + 1]! + m[k + size]! + m[k + size + 1]!
      if (sum === 0 || sum === 4) points += 3
    }
  const total = size * size
  points += Math.abs(Math.ceil((dark * 100) / total / 5) - 10) * 10
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
 * Encodes `text` as UTF-8 bytes (byte mode, error correction M). The qrcode package places the
 * function patterns and data with mask 0; choosing the best of the eight masks is done here on
 * flat arrays with the masks computed once per symbol size, which was most of the package's time.
 * The result is the module matrix the package itself would choose.
 */
export function encodeQr(text: string): QrMatrix {
  const qr = loadQrCode().create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    maskPattern: 0
  })
  const size = qr.modules.size
  const masks = masksFor(size, (qr.modules as unknown as { reservedBit: Uint8Array }).reservedBit)
  const unmasked = Uint8Array.from(qr.modules.data)
  const mask0 = masks[0]!
  for (let k = 0; k < unmasked.length; k++) unmasked[k]! ^= mask0[k]!
  let best = new Uint8Array(unmasked.length)
  let candidate = new Uint8Array(unmasked.length)
  let lowest = Infinity
  for (let p = 0; p < 8; p++) {
    const flips = masks[p]!
    for (let k = 0; k < unmasked.length; k++) candidate[k] = unmasked[k]! ^ flips[k]!
    placeFormat(candidate, size, p)
    const points = penalty(candidate, size)
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
