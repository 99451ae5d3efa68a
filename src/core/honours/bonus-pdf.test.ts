import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBundledFonts } from '../pdf/fonts'
import { pdfFonts, pdfInfo, pdfPageTexts, pdfToPng } from '../pdf/testing/pdf-test-tools'
import { computeBonusTable } from './bonus'
import { bonusTableRows, formatMultiplier, renderBonusPdf } from './bonus-pdf'
import {
  artifactsDir,
  resourcesDir,
  sampleAwardForm,
  sampleDecision,
  sampleHonorees,
  sampleOrganisation,
  sampleRegisterNumbers
} from './testing/decision-pdf.fixture'

function sample() {
  const honorees = sampleHonorees()
  const decision = sampleDecision(honorees)
  const awardForm = sampleAwardForm()
  const bonus = computeBonusTable({
    decision,
    honorees: new Map(honorees.map((h) => [h.id, h])),
    awardForm,
    registerNumbers: sampleRegisterNumbers(decision)
  })
  return { organisation: sampleOrganisation(), decision, awardForm, bonus }
}

describe('bonus table rows', () => {
  it('groups the sample decision with subtotals and the grand total', () => {
    const { bonus } = sample()
    expect(bonus.totals).toEqual({
      collective: { count: 14, amount: 14 * 1_410_000 },
      individual: { count: 13, amount: 13 * 710_000 },
      household: { count: 4, amount: 4 * 1_060_000 }
    })
    expect(bonus.total).toBe(33_210_000)
    const rows = bonusTableRows(bonus)
    const groups = rows.flatMap((r) => ('group' in r ? [r.group] : []))
    expect(groups).toEqual(['I. TẬP THỂ (14)', 'II. CÁ NHÂN (13)', 'III. HỘ GIA ĐÌNH (04)'])
    const bold = rows.flatMap((r) => ('cells' in r && r.bold ? [[r.cells[1], r.cells[6]]] : []))
    expect(bold).toEqual([
      ['Cộng tập thể', '19.740.000'],
      ['Cộng cá nhân', '9.230.000'],
      ['Cộng hộ gia đình', '4.240.000'],
      ['TỔNG CỘNG', '33.210.000']
    ])
    const firstIndividual = rows.find((r) => 'cells' in r && r.cells[1]?.startsWith('Ông'))
    expect(firstIndividual).toEqual({
      cells: [
        '1',
        'Ông Phạm Văn Đức',
        'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường Tiền Phong',
        '15',
        '0,3',
        '2.340.000',
        '710.000',
        ''
      ]
    })
    expect(formatMultiplier(0.45)).toBe('0,45')
    expect(formatMultiplier(2)).toBe('2')
  })
})

describe('bonus PDF', () => {
  it('prints a landscape Decree 30 table with totals and the amount in words', async () => {
    const pdf = await renderBonusPdf({
      ...sample(),
      fonts: loadBundledFonts(resourcesDir),
      creationDate: new Date('2025-09-05T08:00:00Z')
    })
    await mkdir(artifactsDir, { recursive: true })
    await writeFile(resolve(artifactsDir, 'bonus.pdf'), pdf)
    await writeFile(resolve(artifactsDir, 'bonus-p1.png'), await pdfToPng(pdf, 1, 70))
    expect((await pdfInfo(pdf))['Page size']).toMatch(/^841\.89 x 595\.28/)
    const pages = await pdfPageTexts(pdf)
    const all = pages.join('\n')
    expect(all).toBe(all.normalize('NFC'))
    for (const s of [
      'PHƯỜNG TIỀN PHONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Tiền Phong, ngày 05 tháng 9 năm 2025',
      'BẢNG TỔNG HỢP TIỀN THƯỞNG',
      'Kèm theo Quyết định số 125/QĐ-UBND ngày 05/9/2025',
      'I. TẬP THỂ (14)',
      'III. HỘ GIA ĐÌNH (04)',
      'Bằng chữ: Ba mươi ba triệu hai trăm mười nghìn đồng.'
    ]) {
      expect(all).toContain(s)
    }
    expect(all).toMatch(/Cộng tập thể +19\.740\.000/)
    expect(all).toMatch(/TỔNG CỘNG +33\.210\.000/)
    expect(all).toMatch(/Hộ gia đình bà Phạm Thị Nhung .*0,45 +2\.340\.000 +1\.060\.000/)
    for (const f of await pdfFonts(pdf)) expect(f).toMatchObject({ embedded: true, subset: true })
  })
})
