import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Organisation } from '@shared/entities'
import { loadBundledFonts } from './fonts'
import { createOfficialDocument } from './official-document'
import { pdfHorizontalRules, pdfTextRuns } from './testing/pdf-test-tools'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')

async function headerOf(organisation: Organisation) {
  const d = createOfficialDocument({
    organisation,
    fonts: loadBundledFonts(resourcesDir),
    orientation: 'portrait',
    creationDate: new Date('2025-09-05T08:00:00Z'),
    title: 'Header'
  })
  d.header({ number: '12/QĐ-SNV', place: 'Bắc Ninh', date: '2025-09-05' })
  const pdf = await d.finish()
  return { runs: await pdfTextRuns(pdf), rules: await pdfHorizontalRules(pdf) }
}

const base: Organisation = {
  authorityName: 'Ủy ban nhân dân phường Tiền Phong',
  headerLines: ['Ủy ban nhân dân', 'phường Tiền Phong'],
  placeName: 'Tiền Phong',
  documentSymbol: 'QĐ-UBND',
  signers: [],
  logo: null
}

function fontOf(runs: { text: string; font: string }[], text: string): string {
  const run = runs.find((r) => r.text === text)
  if (!run) throw new Error(`no run "${text}" in ${runs.map((r) => r.text).join(' | ')}`)
  return run.font
}

describe('the issuing body in the header', () => {
  it('sets every line of a body without a superior in bold capitals', async () => {
    const { runs } = await headerOf(base)
    expect(fontOf(runs, 'ỦY BAN NHÂN DÂN')).toBe('Tinos-Bold')
    expect(fontOf(runs, 'PHƯỜNG TIỀN PHONG')).toBe('Tinos-Bold')
  })

  it('sets the superior body regular and the issuing body bold', async () => {
    const { runs } = await headerOf({
      ...base,
      authorityName: 'Sở Nội vụ tỉnh Bắc Ninh',
      headerLines: ['UBND TỈNH BẮC NINH', 'SỞ NỘI VỤ'],
      superiorLineCount: 1
    })
    expect(fontOf(runs, 'UBND TỈNH BẮC NINH')).toBe('Tinos')
    expect(fontOf(runs, 'SỞ NỘI VỤ')).toBe('Tinos-Bold')
  })

  it('never leaves the issuing body without a bold line', async () => {
    const { runs } = await headerOf({ ...base, headerLines: ['SỞ NỘI VỤ'], superiorLineCount: 2 })
    expect(fontOf(runs, 'SỞ NỘI VỤ')).toBe('Tinos-Bold')
  })

  it.each([
    ['one body', base, 'PHƯỜNG TIỀN PHONG'],
    [
      'a superior body',
      { ...base, headerLines: ['UBND TỈNH BẮC NINH', 'SỞ NỘI VỤ'], superiorLineCount: 1 },
      'SỞ NỘI VỤ'
    ]
  ])('rules off %s with a third to a half of its last line', async (_, org, last) => {
    const { runs, rules } = await headerOf(org)
    const line = runs.find((r) => r.text === last)!
    // The rule under the body: centred under its last line, the first rule below it.
    const centre = line.x + line.width / 2
    const rule = rules
      .filter((r) => r.y > line.y && Math.abs(r.x + r.width / 2 - centre) < 1)
      .sort((a, b) => a.y - b.y)[0]
    expect(rule).toBeDefined()
    expect(rule!.width / line.width).toBeGreaterThanOrEqual(1 / 3)
    expect(rule!.width / line.width).toBeLessThanOrEqual(1 / 2)
    expect(rule!.y - line.y).toBeLessThan(15)
  })
})
