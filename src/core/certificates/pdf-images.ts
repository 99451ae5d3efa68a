import { inflateSync } from 'node:zlib'
import { deflateSmall, type PdfRef, type RawObjects } from './pdf-objects'

/** An image XObject written into a document; `orientation` is the JPEG's EXIF orientation (1–8). */
export interface EmbeddedImage {
  ref: PdfRef
  orientation: number
  /** Stored pixels, before the orientation turns them. */
  width: number
  height: number
}

/** Why the bytes cannot be embedded: a damaged or unsupported file, said in words. */
export class ImageFormatError extends Error {}

const jpegColourSpaces: Record<number, string> = {
  1: 'DeviceGray',
  3: 'DeviceRGB',
  4: 'DeviceCMYK'
}

/** The EXIF orientation in an APP1 segment (1 when there is none or it cannot be read). */
function exifOrientation(b: Buffer, start: number, end: number): number {
  if (b.toString('latin1', start, start + 6) !== 'Exif\0\0') return 1
  const tiff = start + 6
  const little = b.toString('latin1', tiff, tiff + 2) === 'II'
  const u16 = (at: number) => (little ? b.readUInt16LE(at) : b.readUInt16BE(at))
  const u32 = (at: number) => (little ? b.readUInt32LE(at) : b.readUInt32BE(at))
  if (tiff + 8 > end) return 1
  const ifd = tiff + u32(tiff + 4)
  if (ifd + 2 > end) return 1
  const count = u16(ifd)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > end) break
    if (u16(entry) === 0x0112) {
      const v = u16(entry + 8)
      return v >= 1 && v <= 8 ? v : 1
    }
  }
  return 1
}

function embedJpeg(b: Buffer, objects: RawObjects): EmbeddedImage {
  let orientation = 1
  let i = 2
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) break
    const marker = b[i + 1]!
    if (marker === 0xff) {
      i++
      continue
    }
    const length = b.readUInt16BE(i + 2)
    if (marker === 0xe1 && orientation === 1)
      orientation = exifOrientation(b, i + 4, i + 2 + length)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)
    if (isFrame && i + 10 <= b.length) {
      const bits = b[i + 4]!
      const height = b.readUInt16BE(i + 5)
      const width = b.readUInt16BE(i + 7)
      const space = jpegColourSpaces[b[i + 9]!]
      if (!space || !width || !height) break
      const ref = objects.allocate()
      const decode = space === 'DeviceCMYK' ? ' /Decode [1 0 1 0 1 0 1 0]' : ''
      objects.stream(
        ref,
        `/Type /XObject /Subtype /Image /BitsPerComponent ${bits} /Width ${width} /Height ${height} /ColorSpace /${space}${decode} /Filter /DCTDecode`,
        b
      )
      return { ref, orientation, width, height }
    }
    if (marker === 0xd9 || marker === 0xda) break
    i += 2 + length
  }
  throw new ImageFormatError('the JPEG has no readable frame header')
}

interface Png {
  width: number
  height: number
  depth: number
  colourType: number
  interlaced: boolean
  palette: Buffer | null
  transparency: Buffer | null
  data: Buffer
}

const pngChannels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

function parsePng(b: Buffer): Png {
  if (b.length < 33 || b.readUInt32BE(0) !== 0x89504e47 || b.toString('latin1', 12, 16) !== 'IHDR')
    throw new ImageFormatError('the file is not a PNG image')
  const png: Png = {
    width: b.readUInt32BE(16),
    height: b.readUInt32BE(20),
    depth: b[24]!,
    colourType: b[25]!,
    interlaced: b[28] === 1,
    palette: null,
    transparency: null,
    data: Buffer.alloc(0)
  }
  const data: Buffer[] = []
  for (let i = 8; i + 8 <= b.length;) {
    const length = b.readUInt32BE(i)
    const type = b.toString('latin1', i + 4, i + 8)
    const body = b.subarray(i + 8, i + 8 + length)
    if (type === 'PLTE') png.palette = body
    else if (type === 'tRNS') png.transparency = body
    else if (type === 'IDAT') data.push(body)
    else if (type === 'IEND') break
    i += 12 + length
  }
  png.data = Buffer.concat(data)
  const channels = pngChannels[png.colourType]
  if (!channels || ![1, 2, 4, 8, 16].includes(png.depth) || !png.width || !png.height)
    throw new ImageFormatError('the PNG header is damaged')
  if (png.colourType === 3 && !png.palette) throw new ImageFormatError('the PNG has no palette')
  if (data.length === 0) throw new ImageFormatError('the PNG has no image data')
  return png
}

const adam7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2]
] as const

/**
 * Every pixel of a PNG as 8-bit samples: colour (or palette index) and, when the image has any
 * transparency, an alpha channel.
 */
function decodePng(png: Png): { colour: Uint8Array; alpha: Uint8Array | null } {
  const { width, height, depth, colourType } = png
  const channels = pngChannels[colourType]!
  const bitsPerPixel = channels * depth
  const bpp = Math.max(1, bitsPerPixel >> 3)
  const colours = colourType === 2 || colourType === 6 ? 3 : 1
  const hasAlpha = colourType === 4 || colourType === 6 || png.transparency !== null
  const colour = new Uint8Array(width * height * colours)
  const alpha = hasAlpha ? new Uint8Array(width * height).fill(255) : null
  let raw: Buffer
  try {
    raw = inflateSync(png.data)
  } catch {
    throw new ImageFormatError('the PNG image data is damaged')
  }
  const max = (1 << depth) - 1
  const t = png.transparency
  const sample = (row: Uint8Array, x: number, c: number): number => {
    if (depth === 8) return row[x * channels + c]!
    if (depth === 16) return (row[(x * channels + c) * 2]! << 8) | row[(x * channels + c) * 2 + 1]!
    const bit = x * depth
    return (row[bit >> 3]! >> (8 - depth - (bit & 7))) & max
  }
  const to8 = (v: number) => (depth === 16 ? v >> 8 : depth === 8 ? v : Math.round((v * 255) / max))
  let pos = 0
  const passes = png.interlaced ? adam7 : ([[0, 0, 1, 1]] as const)
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx)
    const h = Math.ceil((height - y0) / dy)
    if (w <= 0 || h <= 0) continue
    const rowBytes = Math.ceil((w * bitsPerPixel) / 8)
    let previous = new Uint8Array(rowBytes)
    for (let y = 0; y < h; y++) {
      if (pos + 1 + rowBytes > raw.length)
        throw new ImageFormatError('the PNG image data is cut short')
      const filter = raw[pos++]!
      const row = new Uint8Array(rowBytes)
      for (let i = 0; i < rowBytes; i++) {
        const left = i >= bpp ? row[i - bpp]! : 0
        const up = previous[i]!
        const upLeft = i >= bpp ? previous[i - bpp]! : 0
        let predicted: number
        if (filter === 0) predicted = 0
        else if (filter === 1) predicted = left
        else if (filter === 2) predicted = up
        else if (filter === 3) predicted = (left + up) >> 1
        else if (filter === 4) {
          const p = left + up - upLeft
          const pa = Math.abs(p - left)
          const pb = Math.abs(p - up)
          const pc = Math.abs(p - upLeft)
          predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
        } else throw new ImageFormatError('the PNG image data is damaged')
        row[i] = (raw[pos + i]! + predicted) & 255
      }
      pos += rowBytes
      previous = row
      for (let x = 0; x < w; x++) {
        const at = (y0 + y * dy) * width + x0 + x * dx
        if (colourType === 3) {
          const index = sample(row, x, 0)
          colour[at] = index
          if (alpha && t) alpha[at] = index < t.length ? t[index]! : 255
          continue
        }
        for (let c = 0; c < colours; c++) colour[at * colours + c] = to8(sample(row, x, c))
        if (!alpha) continue
        if (colourType === 4 || colourType === 6) alpha[at] = to8(sample(row, x, colours))
        else if (t) {
          let same = true
          for (let c = 0; c < colours; c++) same &&= sample(row, x, c) === t.readUInt16BE(c * 2)
          alpha[at] = same ? 0 : 255
        }
      }
    }
  }
  return { colour, alpha }
}

function embedPng(b: Buffer, objects: RawObjects): EmbeddedImage {
  const png = parsePng(b)
  const { width, height, colourType, depth } = png
  const space =
    colourType === 3
      ? `[/Indexed /DeviceRGB ${png.palette!.length / 3 - 1} <${png.palette!.toString('hex')}>]`
      : colourType === 2 || colourType === 6
        ? '/DeviceRGB'
        : '/DeviceGray'
  const head = `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace ${space}`
  const ref = objects.allocate()
  const simple =
    !png.interlaced &&
    png.transparency === null &&
    depth <= 8 &&
    (colourType === 0 || colourType === 2 || colourType === 3)
  if (simple) {
    // the PNG's own compressed rows, undone by the PDF reader's PNG predictors
    const colours = colourType === 2 ? 3 : 1
    objects.stream(
      ref,
      `${head} /BitsPerComponent ${depth} /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors ${colours} /BitsPerComponent ${depth} /Columns ${width} >>`,
      png.data
    )
    return { ref, orientation: 1, width, height }
  }
  const { colour, alpha } = decodePng(png)
  let smask = ''
  if (alpha) {
    const mask = objects.allocate()
    objects.stream(
      mask,
      `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
      deflateSmall(alpha)
    )
    smask = ` /SMask ${mask.id} 0 R`
  }
  objects.stream(
    ref,
    `${head} /BitsPerComponent 8${smask} /Filter /FlateDecode`,
    deflateSmall(colour)
  )
  return { ref, orientation: 1, width, height }
}

/** Writes a PNG or JPEG as an image XObject (with its soft mask when it has transparency). */
export function embedImage(bytes: Buffer, objects: RawObjects): EmbeddedImage {
  if (bytes.length > 2 && bytes[0] === 0xff && bytes[1] === 0xd8) return embedJpeg(bytes, objects)
  return embedPng(bytes, objects)
}

/**
 * The part of a (w × h) box an image fills when it covers the box without being stretched: the
 * box itself or a larger one centred on it, whose overflow the caller clips (photos in a frame).
 */
export function coverBox(
  img: EmbeddedImage,
  box: { x: number; y: number; w: number; h: number }
): { x: number; y: number; w: number; h: number } {
  const turned = img.orientation >= 5
  const iw = turned ? img.height : img.width
  const ih = turned ? img.width : img.height
  const scale = Math.max(box.w / iw, box.h / ih)
  const w = iw * scale
  const h = ih * scale
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
}

/**
 * The transform that draws an image's unit square into the box (x, y, w, h) of a top-down page,
 * upright as its EXIF orientation says it is to be seen.
 */
export function imageMatrix(
  orientation: number,
  x: number,
  y: number,
  w: number,
  h: number
): number[] {
  // displayed (s, t) from stored (u, v), both with t and v pointing up: [su, sv, s0, tu, tv, t0]
  const maps: Record<number, readonly number[]> = {
    1: [1, 0, 0, 0, 1, 0],
    2: [-1, 0, 1, 0, 1, 0],
    3: [-1, 0, 1, 0, -1, 1],
    4: [1, 0, 0, 0, -1, 1],
    5: [0, -1, 1, -1, 0, 1],
    6: [0, 1, 0, -1, 0, 1],
    7: [0, 1, 0, 1, 0, 0],
    8: [0, -1, 1, 1, 0, 0]
  }
  const [su, sv, s0, tu, tv, t0] = maps[orientation] ?? maps[1]!
  return [w * su!, -h * tu!, w * sv!, -h * tv!, x + w * s0!, y + h - h * t0!]
}
