import { inflateSync } from 'node:zlib'
import type { Gray } from './poppler'

/** Decodes the 8-bit grey or RGB, non-interlaced PNGs pdftoppm writes; RGB is averaged to grey. */
export function decodeGrayPng(buf: Buffer): Gray {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG')
  let pos = 8
  let width = 0
  let height = 0
  let bpp = 1
  const idat: Buffer[] = []
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos)
    const type = buf.toString('latin1', pos + 4, pos + 8)
    const data = buf.subarray(pos + 8, pos + 8 + len)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      if (data[8] !== 8 || ![0, 2].includes(data[9]!) || data[12] !== 0) {
        throw new Error('not an 8-bit grey or RGB PNG')
      }
      bpp = data[9] === 2 ? 3 : 1
    } else if (type === 'IDAT') idat.push(data)
    pos += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * bpp
  const px = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[y * stride + x - bpp]! : 0
      const b = y > 0 ? px[(y - 1) * stride + x]! : 0
      const c = x >= bpp && y > 0 ? px[(y - 1) * stride + x - bpp]! : 0
      const p = a + b - c
      const pa = Math.abs(p - a)
      const pb = Math.abs(p - b)
      const pc = Math.abs(p - c)
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter
      ]!
      px[y * stride + x] = (row[x]! + predictor) & 255
    }
  }
  if (bpp === 1) return { width, height, data: px }
  const grey = new Uint8Array(width * height)
  for (let i = 0; i < grey.length; i++) {
    grey[i] = Math.round((px[i * 3]! + px[i * 3 + 1]! + px[i * 3 + 2]!) / 3)
  }
  return { width, height, data: grey }
}
