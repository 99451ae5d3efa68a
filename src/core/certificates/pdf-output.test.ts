import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import { renderBatch } from './batch'
import { calibrationMarks, renderCalibrationPdf } from './calibration'
import { createFontSet, loadBundledFaces } from './fonts'
import { layoutCertificate, type PaintItem } from './layout'
import { CertificatePdf } from './painter'
import { shippedTemplates } from './templates'
import { decodeGrayPng } from './testing/png'
import { pdfFonts, pdfText, pdfToPng, rasterize, type Gray } from './testing/poppler'
import { sampleBatchItems } from './testing/sample-decision'
import { missingCharacters, vietnameseLetters } from './vietnamese-letters'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])
const templates = shippedTemplates(resourcesDir).filter((t) => !t.kind || t.kind === 'certificate')
const clock = new Date('2025-09-05T08:00:00.000Z')
const dpi = 300
const pxToMm = (px: number) => (px * 25.4) / dpi
const mmToPx = (mm: number) => (mm * dpi) / 25.4
/** poppler snaps thin strokes to whole pixels, so a shift is measured to one pixel (0.085 mm) */
const onePixelMm = 25.4 / dpi

const profile = (over: Partial<PrinterProfile>): PrinterProfile => ({
  id: 'p',
  name: 'p',
  offsetXMm: 0,
  offsetYMm: 0,
  scaleX: 1,
  scaleY: 1,
  rotate180: false,
  marginMm: 0,
  createdAt: '',
  updatedAt: '',
  ...over
})

/** Darkness-weighted centre of ink along a row (or column) segment, in mm from the edge. */
function centroid(
  img: Gray,
  axis: 'x' | 'y',
  fixedMm: number,
  fromMm: number,
  toMm: number
): number {
  const fixed = Math.round(mmToPx(fixedMm) - 0.5)
  let sum = 0
  let weight = 0
  for (let p = Math.floor(mmToPx(fromMm)); p <= Math.ceil(mmToPx(toMm)); p++) {
    const v = axis === 'x' ? img.data[fixed * img.width + p]! : img.data[p * img.width + fixed]!
    const ink = 255 - v
    sum += (p + 0.5) * ink
    weight += ink
  }
  if (weight === 0) throw new Error(`no ink near ${axis} ${fromMm}–${toMm} mm`)
  return pxToMm(sum / weight)
}

function locateCrosshairs(
  img: Gray,
  marks: { xMm: number; yMm: number }[],
  shift = { x: 0, y: 0 }
) {
  return marks.map(({ xMm, yMm }) => {
    const ex = xMm + shift.x
    const ey = yMm + shift.y
    // the vertical arm below the centre, the horizontal arm left of it (labels sit top-right)
    return {
      x: centroid(img, 'x', ey + 3, ex - 2, ex + 2),
      y: centroid(img, 'y', ex - 3, ey - 2, ey + 2)
    }
  })
}

describe('geometry at 300 dpi', () => {
  it('calibration crosshairs sit within ±0.1 mm; a printer offset moves every mark by exactly (dx, dy)', async () => {
    const marks = calibrationMarks(297, 210)
    expect(marks).toHaveLength(9)
    const plain = rasterize(
      await renderCalibrationPdf({
        widthMm: 297,
        heightMm: 210,
        fonts,
        profile: null,
        creationDate: clock
      }),
      dpi
    )
    expect(Math.abs(plain.width - mmToPx(297))).toBeLessThan(1)
    expect(Math.abs(plain.height - mmToPx(210))).toBeLessThan(1)
    const found = locateCrosshairs(plain, marks)
    found.forEach((f, i) => {
      expect(Math.abs(f.x - marks[i]!.xMm)).toBeLessThanOrEqual(0.1)
      expect(Math.abs(f.y - marks[i]!.yMm)).toBeLessThanOrEqual(0.1)
    })
    const dx = 2.5
    const dy = -1.7
    const shifted = rasterize(
      await renderCalibrationPdf({
        widthMm: 297,
        heightMm: 210,
        fonts,
        profile: profile({ offsetXMm: dx, offsetYMm: dy }),
        creationDate: clock
      }),
      dpi
    )
    const moved = locateCrosshairs(shifted, marks, { x: dx, y: dy })
    moved.forEach((m, i) => {
      expect(Math.abs(m.x - found[i]!.x - dx)).toBeLessThanOrEqual(onePixelMm)
      expect(Math.abs(m.y - found[i]!.y - dy)).toBeLessThanOrEqual(onePixelMm)
    })
  })

  it('a certificate: boxes within ±0.1 mm, text inside its box, offsets move everything exactly', async () => {
    const base = templates.find((t) => t.id === 'builtin-full-a4')!
    const boxes = [
      { id: 'm1', xMm: 40, yMm: 150, widthMm: 30, heightMm: 20 },
      { id: 'm2', xMm: 200.4, yMm: 160.2, widthMm: 12.5, heightMm: 9 }
    ]
    const template: Template = {
      ...base,
      fields: [
        ...base.fields.filter((f) => f.id === 'recipient'),
        ...boxes.map((b) => ({
          type: 'box' as const,
          label: b.id,
          color: '#000000',
          widthPt: 0.5,
          ...b
        }))
      ]
    }
    const item = sampleBatchItems(3)[2]!
    const render = async (p: PrinterProfile | null) => {
      const pdf = new CertificatePdf({ title: 't', creationDate: clock })
      pdf.page(
        layoutCertificate(template, item.subject, fonts, {
          purpose: 'print',
          marginMm: null,
          profile: p
        }),
        p
      )
      return rasterize(await pdf.toBuffer(), dpi)
    }
    const measure = (img: Gray, shift = { x: 0, y: 0 }) =>
      boxes.map((b) => {
        const x = b.xMm + shift.x
        const y = b.yMm + shift.y
        return {
          left: centroid(img, 'x', y + b.heightMm / 2, x - 1, x + 1),
          top: centroid(img, 'y', x + b.widthMm / 2, y - 1, y + 1),
          right: centroid(img, 'x', y + b.heightMm / 2, x + b.widthMm - 1, x + b.widthMm + 1)
        }
      })
    const plain = await render(null)
    const got = measure(plain)
    got.forEach((g, i) => {
      const b = boxes[i]!
      expect(Math.abs(g.left - b.xMm)).toBeLessThanOrEqual(0.1)
      expect(Math.abs(g.top - b.yMm)).toBeLessThanOrEqual(0.1)
      expect(Math.abs(g.right - b.xMm - b.widthMm)).toBeLessThanOrEqual(0.1)
    })
    // the recipient's ink lies inside its box
    const field = template.fields.find((f) => f.id === 'recipient')!
    const ink = inkBox(plain, 0, 0, plain.width, plain.height, {
      yFromMm: field.yMm - 3,
      yToMm: field.yMm + field.heightMm + 3
    })
    expect(ink.left).toBeGreaterThanOrEqual(field.xMm - 0.1)
    expect(ink.right).toBeLessThanOrEqual(field.xMm + field.widthMm + 0.1)
    expect(ink.top).toBeGreaterThanOrEqual(field.yMm - 0.1)
    expect(ink.bottom).toBeLessThanOrEqual(field.yMm + field.heightMm + 0.1)

    const dx = -3.2
    const dy = 4.1
    const shifted = measure(await render(profile({ offsetXMm: dx, offsetYMm: dy })), {
      x: dx,
      y: dy
    })
    shifted.forEach((s, i) => {
      expect(Math.abs(s.left - got[i]!.left - dx)).toBeLessThanOrEqual(onePixelMm)
      expect(Math.abs(s.top - got[i]!.top - dy)).toBeLessThanOrEqual(onePixelMm)
      expect(Math.abs(s.right - got[i]!.right - dx)).toBeLessThanOrEqual(onePixelMm)
    })
  })
})

function inkBox(
  img: Gray,
  _x: number,
  _y: number,
  w: number,
  h: number,
  band: { yFromMm: number; yToMm: number }
) {
  let left = w
  let right = -1
  let top = h
  let bottom = -1
  for (
    let y = Math.floor(mmToPx(band.yFromMm));
    y < Math.min(h, Math.ceil(mmToPx(band.yToMm)));
    y++
  ) {
    for (let x = 0; x < w; x++) {
      if (img.data[y * w + x]! < 160) {
        left = Math.min(left, x)
        right = Math.max(right, x)
        top = Math.min(top, y)
        bottom = Math.max(bottom, y)
      }
    }
  }
  return {
    left: pxToMm(left),
    right: pxToMm(right + 1),
    top: pxToMm(top),
    bottom: pxToMm(bottom + 1)
  }
}

describe('glyphs', () => {
  it('every bundled font and style prints every Vietnamese letter; the PDF text is the NFC input', async () => {
    const faces = loadBundledFaces(resourcesDir)
    expect(faces).toHaveLength(8)
    const letters = vietnameseLetters.join('')
    expect(vietnameseLetters).toHaveLength(186)
    const pdf = new CertificatePdf({ title: 'glyphs', creationDate: clock })
    pdf.beginPage(842, 595, null)
    const items: PaintItem[] = faces.map((face, i) => {
      expect(missingCharacters(letters, face.has), face.key).toBe('')
      return {
        type: 'text',
        fieldId: face.key,
        face,
        sizePt: 7,
        color: '#000000',
        runs: [
          { x: 20, y: 40 + i * 60, text: vietnameseLetters.slice(0, 93).join('') },
          { x: 20, y: 60 + i * 60, text: vietnameseLetters.slice(93).join('') }
        ]
      }
    })
    pdf.paint(items)
    const bytes = await pdf.toBuffer()
    const lines = pdfText(bytes, ['-raw'])
      .split('\n')
      .filter((l) => l.trim())
    const expected = faces.flatMap(() => [
      vietnameseLetters.slice(0, 93).join(''),
      vietnameseLetters.slice(93).join('')
    ])
    expect(lines).toEqual(expected.map((l) => l.normalize('NFC')))
    const table = pdfFonts(bytes).split('\n').slice(2).filter(Boolean)
    expect(table).toHaveLength(8)
    for (const row of table)
      expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/)
  })

  it('pdftotext of a batch gives back the NFC names, from NFD input too', async () => {
    const items = sampleBatchItems(31)
    const nfd = items.map((i) => ({
      ...i,
      subject: {
        ...i.subject,
        values: { ...i.subject.values, nameLine: i.subject.values.nameLine.normalize('NFD') }
      }
    }))
    // the layout composes to NFC before measuring and drawing
    const dir = mkdtempSync(join(tmpdir(), 'dais-batch-'))
    const template = templates.find((t) => t.id === 'builtin-blank-a4')!
    await renderBatch({
      template,
      fonts,
      profile: null,
      plainPaperTest: false,
      items: nfd,
      output: 'single',
      title: 't',
      creationDate: clock,
      targetPath: join(dir, 'b.pdf')
    })
    const pages = pdfText(readFileSync(join(dir, 'b.pdf'))).split('\f')
    items.forEach((item, i) => {
      expect(pages[i]!.split('\n').map((l) => l.trim())).toContain(item.subject.values.nameLine)
    })
  })
})

describe('determinism', () => {
  it('the same batch twice gives identical bytes, as one PDF and as a zip', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dais-det-'))
    const template = templates.find((t) => t.id === 'builtin-full-a4')!
    const run = async (name: string, output: 'single' | 'zip') => {
      await renderBatch({
        template,
        fonts,
        profile: profile({ offsetXMm: 1, scaleX: 1.01 }),
        plainPaperTest: false,
        items: sampleBatchItems(31),
        output,
        title: 't',
        creationDate: clock,
        targetPath: join(dir, name)
      })
      return readFileSync(join(dir, name))
    }
    expect((await run('a.pdf', 'single')).equals(await run('b.pdf', 'single'))).toBe(true)
    expect((await run('a.zip', 'zip')).equals(await run('b.zip', 'zip'))).toBe(true)
  })
})

describe('golden pages', () => {
  const goldenDir = join(__dirname, 'golden')
  it.each(templates.map((t) => [t.id, t] as const))(
    '%s matches its golden PNG',
    async (id, template) => {
      const pdf = new CertificatePdf({ title: 't', creationDate: clock })
      const item = sampleBatchItems(31)[14]!
      pdf.page(
        layoutCertificate(template, item.subject, fonts, {
          purpose: 'print',
          marginMm: null,
          profile: null
        }),
        null
      )
      const bytes = await pdf.toBuffer()
      const golden = join(goldenDir, `${id}.png`)
      if (process.env.DAIS_UPDATE_GOLDEN === '1' || !existsSync(golden)) {
        mkdirSync(goldenDir, { recursive: true })
        pdfToPng(bytes, 40, golden)
        if (process.env.DAIS_UPDATE_GOLDEN !== '1')
          throw new Error(`wrote missing golden ${golden}; look at it and rerun`)
      }
      const expected = decodeGrayPng(readFileSync(golden))
      const tmp = join(mkdtempSync(join(tmpdir(), 'dais-golden-')), 'actual.png')
      pdfToPng(bytes, 40, tmp)
      const actual = decodeGrayPng(readFileSync(tmp))
      expect([actual.width, actual.height]).toEqual([expected.width, expected.height])
      let diff = 0
      let far = 0
      for (let i = 0; i < actual.data.length; i++) {
        const d = Math.abs(actual.data[i]! - expected.data[i]!)
        diff += d
        if (d > 64) far++
      }
      expect(diff / actual.data.length).toBeLessThan(1.5)
      expect(far / actual.data.length).toBeLessThan(0.002)
    }
  )
})
