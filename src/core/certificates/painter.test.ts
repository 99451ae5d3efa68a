import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFontSet } from './fonts'
import { layoutCertificate } from './layout'
import { CertificatePdf } from './painter'
import { shippedTemplates } from './templates'
import { pdfFonts, pdfPages, pdfText } from './testing/poppler'
import { sampleBatchItems } from './testing/sample-decision'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])
const template = shippedTemplates(resourcesDir).find((t) => t.id === 'builtin-full-a4')!
const clock = new Date('2025-09-05T08:00:00.000Z')

async function render(count: number): Promise<Buffer> {
  const pdf = new CertificatePdf({ title: 't', creationDate: clock })
  for (const item of sampleBatchItems(count)) {
    const layout = layoutCertificate(template, item.subject, fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    })
    pdf.page(layout, null)
  }
  return pdf.toBuffer()
}

/** Every object number of the cross-reference table and the bytes it points at. */
function objectsAtTheirOffsets(pdf: Buffer): { count: number; misplaced: number[] } {
  const text = pdf.toString('latin1')
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1])
  const lines = text.slice(start).split('\n')
  expect(lines[0]).toBe('xref')
  const count = Number(lines[1]!.split(' ')[1]) - 1
  const misplaced: number[] = []
  for (let id = 1; id <= count; id++) {
    const offset = Number(lines[2 + id]!.slice(0, 10))
    if (!text.startsWith(`${id} 0 obj\n`, offset)) misplaced.push(id)
  }
  return { count, misplaced }
}

describe('the painter', () => {
  it('writes every object where the cross-reference table says, fonts as embedded subsets', async () => {
    const pdf = await render(3)
    const { count, misplaced } = objectsAtTheirOffsets(pdf)
    expect(count).toBeGreaterThan(20)
    expect(misplaced).toEqual([])
    const fontsTable = pdfFonts(pdf).split('\n').slice(2).filter(Boolean)
    expect(fontsTable.length).toBeGreaterThan(0)
    for (const row of fontsTable)
      expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/)
  })

  it('draws text repeated on later pages from one form each; every page keeps its whole text', async () => {
    const one = await render(1)
    const four = await render(4)
    expect(pdfPages(four)).toBe(4)
    const forms = four.toString('latin1').match(/\/Subtype \/Form/g) ?? []
    // the first page paints everything itself; what the second repeats becomes a form
    expect(forms.length).toBeGreaterThan(5)
    expect(one.toString('latin1')).not.toContain('/Subtype /Form')
    const firstAlone = pdfText(one, ['-layout'])
    expect(pdfText(four, ['-layout', '-f', '1', '-l', '1'])).toBe(firstAlone)
    const items = sampleBatchItems(4)
    for (let page = 2; page <= 4; page++) {
      const text = pdfText(four, ['-f', String(page), '-l', String(page)])
      const values = items[page - 1]!.subject.values
      for (const expected of [
        values.nameLine,
        values.achievement,
        values.signerName,
        values.placeDate
      ])
        expect(text.replace(/\s+/g, ' ')).toContain(expected)
    }
  })
})
