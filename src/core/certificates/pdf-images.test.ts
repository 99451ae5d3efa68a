import { describe, expect, it } from 'vitest'
import type { Logo } from '@shared/entities'
import { CertificatePdf } from './painter'
import { embedImage, ImageFormatError, imageMatrix } from './pdf-images'
import type { PdfFile } from './pdf-file'
import { RawObjects } from './pdf-objects'
import { encodePng as png } from './testing/png-writer'
import { rasterize } from './testing/poppler'

/** Quadrants of an image: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. */
const quadrant = (x: number, y: number, size: number) =>
  (y < size / 2 ? 0 : 2) + (x < size / 2 ? 0 : 1)

const levels = [0, 96, 192, 48]

/** The grey at each quadrant's centre once the image fills a page drawn on white paper. */
async function drawnQuadrants(image: Buffer, mime: Logo['mime'] = 'image/png'): Promise<number[]> {
  const pdf = new CertificatePdf({ title: 'image', creationDate: new Date(0) })
  pdf.beginPage(100, 100, null)
  const logo: Logo = { mime, dataBase64: image.toString('base64') }
  pdf.background(logo, 100, 100)
  const page = rasterize(await pdf.toBuffer(), 72)
  return [
    [25, 25],
    [75, 25],
    [25, 75],
    [75, 75]
  ].map(([x, y]) => page.data[y! * page.width + x!]!)
}

describe('images embedded in certificates and cards', () => {
  const size = 8
  const grey = (x: number, y: number) => levels[quadrant(x, y, size)]!

  it.each([
    ['grey 8-bit', { colourType: 0, depth: 8 }, (v: number) => [v]],
    ['grey 16-bit', { colourType: 0, depth: 16 }, (v: number) => [v * 257]],
    ['RGB', { colourType: 2, depth: 8 }, (v: number) => [v, v, v]],
    ['RGB interlaced', { colourType: 2, depth: 8, interlaced: true }, (v: number) => [v, v, v]],
    ['grey and alpha', { colourType: 4, depth: 8 }, (v: number) => [v, 255]]
  ] as const)('%s: every part of the picture where it belongs', async (_, spec, px) => {
    const image = png(spec, size, (x, y) => px(grey(x, y)))
    const drawn = await drawnQuadrants(image)
    drawn.forEach((v, i) => expect(Math.abs(v - levels[i]!)).toBeLessThanOrEqual(2))
  })

  it('a 2-bit palette image with one transparent entry, interlaced or not', async () => {
    const palette = [0, 0, 0, 96, 96, 96, 192, 192, 192, 48, 48, 48]
    for (const interlaced of [false, true]) {
      const image = png(
        { colourType: 3, depth: 2, palette, transparency: [255, 255, 255, 0], interlaced },
        size,
        (x, y) => [quadrant(x, y, size)]
      )
      const drawn = await drawnQuadrants(image)
      expect(drawn.slice(0, 3).map((v, i) => Math.abs(v - levels[i]!) <= 2)).toEqual([
        true,
        true,
        true
      ])
      expect(drawn[3]).toBeGreaterThanOrEqual(253)
    }
  })

  it('alpha and a transparent colour show the paper through', async () => {
    const rgba = png({ colourType: 6, depth: 8 }, size, (x, y) => {
      const v = grey(x, y)
      return [v, v, v, quadrant(x, y, size) === 3 ? 0 : 255]
    })
    const keyed = png({ colourType: 0, depth: 8, transparency: [0, 48] }, size, (x, y) => [
      grey(x, y)
    ])
    for (const image of [rgba, keyed]) {
      const drawn = await drawnQuadrants(image)
      expect(Math.abs(drawn[1]! - 96)).toBeLessThanOrEqual(2)
      expect(drawn[3]).toBeGreaterThanOrEqual(253)
    }
  })

  it('a JPEG is passed through with its EXIF orientation read', async () => {
    const jpeg = grayJpeg(6)
    const objects = new RawObjects({
      allocate: () => ({ id: 1, offset: -1 })
    } as unknown as PdfFile)
    expect(embedImage(jpeg, objects).orientation).toBe(6)
    const drawn = await drawnQuadrants(jpeg, 'image/jpeg')
    drawn.forEach((v) => expect(Math.abs(v - 128)).toBeLessThanOrEqual(3))
  })

  it('damaged bytes are refused with the reason, not drawn', () => {
    const objects = new RawObjects({
      allocate: () => ({ id: 1, offset: -1 })
    } as unknown as PdfFile)
    const good = png({ colourType: 6, depth: 8 }, size, () => [1, 2, 3, 4])
    const cut = Buffer.concat([good.subarray(0, 41), Buffer.from('IDAT'), Buffer.alloc(8)])
    expect(() => embedImage(Buffer.from('not an image'), objects)).toThrow(ImageFormatError)
    expect(() => embedImage(cut, objects)).toThrow(/PNG/)
    expect(() => embedImage(Buffer.from([0xff, 0xd8, 0xff, 0xd9]), objects)).toThrow(/JPEG/)
  })

  it('orientation: each EXIF orientation puts the stored top corners where a viewer shows them', () => {
    // a box at (10, 20) of 100 × 50 on a top-down page
    const corners = { TL: [10, 20], TR: [110, 20], BL: [10, 70], BR: [110, 70] }
    const at = (m: number[], u: number, v: number) => [
      m[0]! * u + m[2]! * v + m[4]!,
      m[1]! * u + m[3]! * v + m[5]!
    ]
    const expected: Record<number, [keyof typeof corners, keyof typeof corners]> = {
      1: ['TL', 'TR'],
      2: ['TR', 'TL'],
      3: ['BR', 'BL'],
      4: ['BL', 'BR'],
      5: ['TL', 'BL'],
      6: ['TR', 'BR'],
      7: ['BR', 'TR'],
      8: ['BL', 'TL']
    }
    for (const [orientation, [topLeft, topRight]] of Object.entries(expected)) {
      const m = imageMatrix(Number(orientation), 10, 20, 100, 50)
      expect(at(m, 0, 1).map(Math.round), `orientation ${orientation}`).toEqual(corners[topLeft])
      expect(at(m, 1, 1).map(Math.round), `orientation ${orientation}`).toEqual(corners[topRight])
    }
  })
})

/**
 * A 16 × 8 baseline JPEG of flat mid grey (two blocks, every coefficient zero) with an EXIF
 * orientation: the smallest file a camera's decoder path has to take whole.
 */
function grayJpeg(orientation: number): Buffer {
  const segment = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 255,
    ...body
  ]
  const exif = [
    ...Buffer.from('Exif\0\0MM\0*\0\0\0\x08', 'latin1'),
    ...[0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]
  ]
  const table = (id: number) => [id, 1, ...new Array(15).fill(0), 0]
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe1, exif),
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, 0, 8, 0, 16, 1, 1, 0x11, 0]),
    ...segment(0xc4, table(0x00)),
    ...segment(0xc4, table(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x0f,
    0xff,
    0xd9
  ])
}

describe("a delegate's photo in its frame", () => {
  it('covers the frame without stretching: a wide photo is cropped at both sides, never drawn outside', async () => {
    // 40 × 20 pixels: dark left quarter, mid grey middle half, light right quarter
    const wide = png({ colourType: 0, depth: 8, height: 20 }, 40, (x) => [
      x < 10 ? 0 : x < 30 ? 128 : 240
    ])
    const pdf = new CertificatePdf({ title: 'photo', creationDate: new Date(0) })
    pdf.beginPage(100, 100, null)
    // a 20 × 40 pt portrait frame at (40, 30): the photo is scaled to 80 × 40 and centred
    pdf.paint([
      {
        type: 'image',
        x: 40,
        y: 30,
        w: 20,
        h: 40,
        image: { mime: 'image/png', dataBase64: wide.toString('base64') },
        fit: 'cover'
      }
    ])
    const page = rasterize(await pdf.toBuffer(), 72)
    const at = (x: number, y: number) => page.data[y * page.width + x]!
    // only the middle half shows, uniformly mid grey: no dark or light quarter squeezed in
    for (const x of [41, 45, 50, 55, 58]) expect(Math.abs(at(x, 50) - 128)).toBeLessThanOrEqual(3)
    // nothing outside the frame
    for (const [x, y] of [
      [37, 50],
      [62, 50],
      [50, 27],
      [50, 72]
    ])
      expect(at(x!, y!)).toBeGreaterThanOrEqual(250)
  })
})
