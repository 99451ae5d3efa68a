import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadBundledFonts } from '../pdf/fonts'
import { pdfFonts, pdfPageTexts, pdfToPng } from '../pdf/testing/pdf-test-tools'
import { countsPhrase, decisionLayout, renderDecisionPdf } from './decision-pdf'
import {
  artifactsDir,
  resourcesDir,
  sampleAwardForm,
  sampleDecision,
  sampleHonorees,
  sampleOrganisation,
  sampleRegisterNumbers
} from './testing/decision-pdf.fixture'

function sampleInput(reorder = false) {
  const honorees = sampleHonorees()
  let decision = sampleDecision(honorees)
  if (reorder) {
    // The user's protocol order: collectives reversed, the last individual first.
    const ind = decision.honoreeIds.individual
    decision = sampleDecision(honorees, {
      honoreeIds: {
        collective: [...decision.honoreeIds.collective].reverse(),
        individual: [...ind.slice(-1), ...ind.slice(0, -1)],
        household: decision.honoreeIds.household
      }
    })
  }
  return {
    organisation: sampleOrganisation(),
    decision,
    honorees: new Map(honorees.map((h) => [h.id, h])),
    awardForm: sampleAwardForm(),
    registerNumbers: sampleRegisterNumbers(decision)
  }
}

describe('decision layout', () => {
  it('counts honorees by kind with leading zeros, leaving out empty kinds', () => {
    expect(countsPhrase({ collective: 14, individual: 13, household: 4 })).toBe(
      '14 tập thể, 13 cá nhân và 04 hộ gia đình'
    )
    expect(countsPhrase({ collective: 14, individual: 0, household: 4 })).toBe(
      '14 tập thể và 04 hộ gia đình'
    )
    expect(countsPhrase({ collective: 0, individual: 1, household: 0 })).toBe('01 cá nhân')
  })

  it('writes the header, bases, articles and signer of the sample decision', () => {
    const layout = decisionLayout(sampleInput())
    expect(layout.number).toBe('125/QĐ-UBND')
    expect(layout.date).toBe('2025-09-05')
    expect(layout.draft).toBe(false)
    expect(layout.subject).toMatch(
      /^Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình/
    )
    // The deputy signs for the chairman; the authority is still the chairman's.
    expect(layout.authority).toBe('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TIỀN PHONG')
    expect(layout.signer).toMatchObject({ name: 'Trần Thị Thu Hà', onBehalfOf: 'CHỦ TỊCH' })
    expect(layout.bases[0]).toMatch(/^Căn cứ Luật Tổ chức chính quyền địa phương/)
    expect(layout.bases.at(-1)).toBe('Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường.')
    expect(layout.articles.map((a) => a.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.'])
    expect(layout.articles[0]?.text).toBe(
      'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 14 tập thể, 13 cá nhân và 04 hộ gia ' +
        'đình đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025.'
    )
    // 14 × 1,410,000 + 13 × 710,000 + 4 × 1,060,000 = 33,210,000
    expect(layout.articles[1]?.text).toContain(
      'mỗi tập thể 1.410.000 đồng; mỗi cá nhân 710.000 đồng; mỗi hộ gia đình 1.060.000 đồng'
    )
    expect(layout.articles[1]?.text).toContain(
      'Tổng số tiền thưởng: 33.210.000 đồng (Bằng chữ: Ba mươi ba triệu hai trăm mười nghìn đồng)'
    )
    expect(layout.articles[2]?.text).toContain('Hội đồng Thi đua - Khen thưởng phường')
    expect(layout.recipients[0]).toBe('Như Điều 3;')
  })

  it('groups the attached list in the user’s protocol order', () => {
    const input = sampleInput(true)
    const layout = decisionLayout(input)
    expect(layout.list.note).toBe(
      '(Kèm theo Quyết định số 125/QĐ-UBND ngày 05/9/2025 của Chủ tịch UBND phường Tiền Phong)'
    )
    expect(layout.list.subtitle).toBe(
      'Các tập thể, cá nhân và hộ gia đình được tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường'
    )
    expect(layout.list.groups.map((g) => g.heading)).toEqual([
      'I. TẬP THỂ (14)',
      'II. CÁ NHÂN (13)',
      'III. HỘ GIA ĐÌNH (04)'
    ])
    const [collectives, individuals, households] = layout.list.groups
    expect(collectives?.rows[0]).toEqual({
      stt: '1',
      name: 'Trạm Y tế phường Tiền Phong',
      // The ward's own name is left out of its own list.
      position: '',
      registerNumber: '1'
    })
    expect(collectives?.rows.at(-1)?.name).toBe('Tổ dân phố số 1')
    expect(individuals?.rows[0]?.name).toBe('Ông Phan Văn Hòa (truy tặng)')
    expect(individuals?.rows[1]?.name).toBe('Ông Phạm Văn Đức')
    expect(individuals?.rows[1]?.stt).toBe('2')
    expect(households?.rows.map((r) => r.name)).toEqual([
      'Hộ gia đình ông Nguyễn Văn Cường',
      'Hộ gia đình bà Trần Thị Hoa',
      'Hộ gia đình ông Lê Văn Bình',
      'Hộ gia đình bà Phạm Thị Nhung'
    ])
  })

  it('leaves blanks for a draft’s number and date and drops empty kinds', () => {
    const input = sampleInput()
    const decision = sampleDecision([...input.honorees.values()], {
      number: '',
      date: null,
      status: 'draft',
      honoreeIds: { ...input.decision.honoreeIds, individual: [] }
    })
    const layout = decisionLayout({ ...input, decision, registerNumbers: new Map() })
    expect(layout.draft).toBe(true)
    expect(layout.number).toMatch(/^ +\/QĐ-UBND$/)
    expect(layout.articles[0]?.text).toContain('cho 14 tập thể và 04 hộ gia đình đã có')
    expect(layout.list.groups.map((g) => g.heading)).toEqual([
      'I. TẬP THỂ (14)',
      'II. HỘ GIA ĐÌNH (04)'
    ])
    expect(layout.list.groups[0]?.rows[0]?.registerNumber).toBe('')
    expect(layout.list.note).toBe(
      '(Kèm theo Quyết định số       /QĐ-UBND của Chủ tịch UBND phường Tiền Phong)'
    )
  })

  it('composes names typed in NFD and recognises titles (danh hiệu) instead of giving them', () => {
    const input = sampleInput()
    const first = input.decision.honoreeIds.individual[0] ?? ''
    const h = input.honorees.get(first)
    if (!h) throw new Error('fixture')
    input.honorees.set(first, { ...h, name: 'Phạm Văn Đức'.normalize('NFD') })
    const layout = decisionLayout({
      ...input,
      awardForm: { ...input.awardForm, name: 'Danh hiệu Gia đình văn hóa' }
    })
    expect(layout.list.groups[1]?.rows[0]?.name).toBe('Ông Phạm Văn Đức')
    expect(layout.articles[0]?.text).toMatch(/^Công nhận danh hiệu Gia đình văn hóa cho/)
  })
})

describe('decision PDF', () => {
  it('prints the decision and the grouped list as real, NFC, embedded-font text', async () => {
    const input = sampleInput(true)
    const pdf = await renderDecisionPdf({
      ...input,
      fonts: loadBundledFonts(resourcesDir),
      creationDate: new Date('2025-09-05T08:00:00Z')
    })
    await mkdir(artifactsDir, { recursive: true })
    await writeFile(resolve(artifactsDir, 'decision.pdf'), pdf)
    const pages = await pdfPageTexts(pdf)
    for (const page of pages) expect(page).toBe(page.normalize('NFC'))
    const first = pages[0] ?? ''
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TIỀN PHONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/QĐ-UBND',
      'Tiền Phong, ngày 05 tháng 9 năm 2025',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TIỀN PHONG',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      '(Có danh sách kèm theo)'
    ]) {
      expect(first).toContain(line)
    }
    const all = pages.join('\n')
    expect(all.replace(/\s+/g, ' ')).toContain('14 tập thể, 13 cá nhân và 04 hộ gia đình')
    expect(all).toContain('KT. CHỦ TỊCH')
    expect(all).toContain('Trần Thị Thu Hà')
    expect(all).toContain('Nơi nhận:')

    // The list starts on its own page, grouped, in the user's order.
    const listStart = pages.findIndex((p) => p.includes('DANH SÁCH'))
    expect(listStart).toBeGreaterThan(0)
    const list = pages.slice(listStart).join('\n')
    expect(list).toContain('Kèm theo Quyết định số 125/QĐ-UBND ngày 05/9/2025')
    const positions = [
      'I. TẬP THỂ (14)',
      'Trạm Y tế phường Tiền Phong',
      'Tổ dân phố số 1 ',
      'II. CÁ NHÂN (13)',
      'Ông Phan Văn Hòa (truy tặng)',
      'Ông Phạm Văn Đức',
      'III. HỘ GIA ĐÌNH (04)',
      'Hộ gia đình ông Nguyễn Văn Cường',
      'Hộ gia đình bà Phạm Thị Nhung'
    ].map((s) => list.indexOf(s))
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)

    for (const f of await pdfFonts(pdf)) expect(f).toMatchObject({ embedded: true, subset: true })

    const again = await renderDecisionPdf({
      ...input,
      fonts: loadBundledFonts(resourcesDir),
      creationDate: new Date('2025-09-05T08:00:00Z')
    })
    expect(again.equals(pdf)).toBe(true)

    await writeFile(resolve(artifactsDir, 'decision-p1.png'), await pdfToPng(pdf, 1, 80))
    await writeFile(
      resolve(artifactsDir, 'decision-list.png'),
      await pdfToPng(pdf, listStart + 1, 80)
    )
  })
})
