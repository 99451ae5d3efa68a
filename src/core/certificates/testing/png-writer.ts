import { crc32, deflateSync } from 'node:zlib'

export interface PngSpec {
  colourType: 0 | 2 | 3 | 4 | 6
  depth: 1 | 2 | 4 | 8 | 16
  interlaced?: boolean
  palette?: number[]
  transparency?: number[]
  /** Rows, when not `size` (a square). */
  height?: number
}

const channelsOf = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as const

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(body.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0)
  return Buffer.concat([head, body, crc])
}

/** A PNG as an office's image editor writes one: samples packed at the depth, Adam7 if asked. */
export function encodePng(
  spec: PngSpec,
  size: number,
  samples: (x: number, y: number) => number[]
): Buffer {
  const channels = channelsOf[spec.colourType]
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  const height = spec.height ?? size
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = spec.depth
  ihdr[9] = spec.colourType
  ihdr[12] = spec.interlaced ? 1 : 0
  const passes = spec.interlaced
    ? [
        [0, 0, 8, 8],
        [4, 0, 8, 8],
        [0, 4, 4, 8],
        [2, 0, 4, 4],
        [0, 2, 2, 4],
        [1, 0, 2, 2],
        [0, 1, 1, 2]
      ]
    : [[0, 0, 1, 1]]
  const rows: number[] = []
  for (const [x0, y0, dx, dy] of passes as [number, number, number, number][]) {
    const xs: number[] = []
    for (let x = x0; x < size; x += dx) xs.push(x)
    if (xs.length === 0) continue
    for (let y = y0; y < height; y += dy) {
      rows.push(0)
      const packed: number[] = []
      for (const x of xs) {
        const s = samples(x, y)
        if (s.length !== channels) throw new Error('wrong sample count')
        for (const v of s) {
          if (spec.depth === 16) rows.push(v >> 8, v & 255)
          else if (spec.depth === 8) rows.push(v)
          else for (let b = spec.depth - 1; b >= 0; b--) packed.push((v >> b) & 1)
        }
      }
      for (let i = 0; i < packed.length; i += 8) {
        let byte = 0
        for (let k = 0; k < 8; k++) byte = (byte << 1) | (packed[i + k] ?? 0)
        rows.push(byte)
      }
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...(spec.palette ? [chunk('PLTE', Buffer.from(spec.palette))] : []),
    ...(spec.transparency ? [chunk('tRNS', Buffer.from(spec.transparency))] : []),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}
