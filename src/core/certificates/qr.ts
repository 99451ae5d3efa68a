import { maskPenalty, packLines, type PackedLines } from './qr-penalty'
import { codewords, versionFor, versionLayout, type VersionLayout } from './qr-symbol'

export interface QrMatrix {
  size: number
  /** The rows, `words` 32-bit words each: module c at bit c % 32 of word ⌊c / 32⌋; 1 = dark. */
  rows: Int32Array
  words: number
}

/** The size × size modules of `m`, row by row; 1 = dark. */
export function qrModules(m: QrMatrix): Uint8Array {
  const { size, rows, words } = m
  const modules = new Uint8Array(size * size)
  for (let row = 0, k = 0; row < size; row++)
    for (let col = 0; col < size; col++, k++)
      modules[k] = (rows[row * words + (col >>> 5)]! >>> (col & 31)) & 1
  return modules
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

/**
 * Writes the format bits of mask `p` into their two copies. The modules are reserved, so they
 * are 0 in the unmasked symbol and the bits can ride in the mask's flip array.
 */
function placeFormat(m: Uint8Array, size: number, p: number): void {
  const bits = formatBits(p)
  for (let i = 0; i < 15; i++) {
    const bit = (bits >> i) & 1
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i
    m[row * size + 8] = bit
    const col = i < 8 ? size - i - 1 : i < 9 ? 15 - i : 14 - i
    m[8 * size + col] = bit
  }
}

interface MaskOf {
  lines: PackedLines
}

/**
 * Per symbol size (= version): each mask as a flip array over the data modules (0 elsewhere)
 * that also carries the mask's format bits, packed by lines and listed.
 */
const maskCache = new Map<number, MaskOf[]>()

function masksFor(size: number, reserved: Uint8Array): MaskOf[] {
  let masks = maskCache.get(size)
  if (!masks) {
    masks = Array.from({ length: 8 }, (_, p) => {
      const flips = new Uint8Array(size * size)
      for (let row = 0; row < size; row++)
        for (let col = 0; col < size; col++) {
          const k = row * size + col
          if (!reserved[k] && masked(p, row, col)) flips[k] = 1
        }
      placeFormat(flips, size, p)
      return { lines: packLines(flips, size) }
    })
    maskCache.set(size, masks)
  }
  return masks
}

/**
 * Per version: its function patterns packed by lines, and for each data bit the word and bit it
 * sets in the packed rows and in the packed columns.
 */
interface Places {
  base: PackedLines
  rowWord: Uint16Array
  rowBit: Int32Array
  columnWord: Uint16Array
  columnBit: Int32Array
}

const placeCache = new Map<number, Places>()

function placesFor(layout: VersionLayout): Places {
  let places = placeCache.get(layout.version)
  if (!places) {
    const { size, order } = layout
    const base = packLines(layout.base, size)
    const { words } = base
    const rowOf = (k: number) => Math.floor(k / size)
    const colOf = (k: number) => k % size
    places = {
      base,
      rowWord: Uint16Array.from(order, (k) => rowOf(k) * words + (colOf(k) >>> 5)),
      rowBit: Int32Array.from(order, (k) => 1 << (colOf(k) & 31)),
      columnWord: Uint16Array.from(order, (k) => colOf(k) * words + (rowOf(k) >>> 5)),
      columnBit: Int32Array.from(order, (k) => 1 << (rowOf(k) & 31))
    }
    placeCache.set(layout.version, places)
  }
  return places
}

/**
 * Encodes `text` as UTF-8 bytes (byte mode, error correction M) in the smallest version that
 * holds them, with the best of the eight masks by the penalty: the symbol the qrcode package
 * makes for the same bytes (tested), at a fraction of its cost. The data bits go straight into
 * the packed lines the penalty reads, which are the symbol once the chosen mask is applied.
 */
export function encodeQr(text: string): QrMatrix {
  const bytes = Buffer.from(text, 'utf8')
  const layout = versionLayout(versionFor(bytes.length))
  const { size } = layout
  const places = placesFor(layout)
  const lines: PackedLines = {
    size,
    words: places.base.words,
    rows: places.base.rows.slice(),
    columns: places.base.columns.slice()
  }
  placeData(codewords(bytes, layout.version), places, lines)
  const masks = masksFor(size, layout.reserved)
  const mask = masks[bestMask(lines, masks)]!
  applyMask(mask, lines.rows)
  return { size, rows: lines.rows, words: lines.words }
}

/*
 * The loops of encodeQr live in small functions of their own: V8 optimises each alone, where
 * optimising encodeQr with everything inlined cost more compiling than a batch gains.
 */

function placeData(
  data: Uint8Array,
  { rowWord, rowBit, columnWord, columnBit }: Places,
  { rows, columns }: PackedLines
): void {
  for (let j = 0; j < data.length; j++) {
    const byte = data[j]!
    if (byte === 0) continue
    for (let b = 0, i = j * 8; b < 8; b++, i++) {
      if (((byte >> (7 - b)) & 1) === 0) continue
      rows[rowWord[i]!]! |= rowBit[i]!
      columns[columnWord[i]!]! |= columnBit[i]!
    }
  }
}

/** The mask with the lowest penalty (the first of equals). */
function bestMask(lines: PackedLines, masks: readonly MaskOf[]): number {
  let best = 0
  let lowest = Infinity
  for (let p = 0; p < 8; p++) {
    const points = maskPenalty(lines, masks[p]!.lines, lowest)
    if (points < lowest) {
      lowest = points
      best = p
    }
  }
  return best
}

function applyMask(mask: MaskOf, rows: Int32Array): void {
  for (let i = 0; i < rows.length; i++) rows[i]! ^= mask.lines.rows[i]!
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
