import { describe, expect, it } from 'vitest'
import type { SignerBlock } from '@shared/entities'
import { loadBundledFonts } from '../pdf/fonts'
import { pdfTextRuns, signatureLines } from '../pdf/testing/pdf-test-tools'
import { computeBonusTable } from './bonus'
import { renderBonusPdf } from './bonus-pdf'
import { decisionLayout, renderDecisionPdf } from './decision-pdf'
import {
  resourcesDir,
  sampleAwardForm,
  sampleDecision,
  sampleHonorees,
  sampleOrganisation,
  sampleRegisterNumbers
} from './testing/decision-pdf.fixture'

function inputWith(signer: SignerBlock) {
  const honorees = sampleHonorees()
  const decision = sampleDecision(honorees, { signer })
  const common = {
    organisation: sampleOrganisation(),
    decision,
    honorees: new Map(honorees.map((h) => [h.id, h])),
    awardForm: sampleAwardForm(),
    registerNumbers: sampleRegisterNumbers(decision)
  }
  return { ...common, bonus: computeBonusTable(common) }
}

const fonts = loadBundledFonts(resourcesDir)
const creationDate = new Date('2025-09-05T08:00:00Z')

const cases: [string, SignerBlock, string[]][] = [
  [
    'TM. on behalf of the committee',
    { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch', collective: 'Ủy ban nhân dân' },
    ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng']
  ],
  [
    'KT. a deputy for the chairman',
    { name: 'Trần Thị Thu Hà', title: 'Phó Chủ tịch', onBehalfOf: 'Chủ tịch' },
    ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Thu Hà']
  ],
  [
    'TM. and KT. together',
    {
      name: 'Trần Thị Thu Hà',
      title: 'Phó Chủ tịch',
      collective: 'Ủy ban nhân dân',
      onBehalfOf: 'Chủ tịch'
    },
    ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Thu Hà']
  ],
  [
    'Q. an acting chairman',
    { name: 'Lê Văn Nam', title: 'Chủ tịch', acting: true },
    ['Q. CHỦ TỊCH', 'Lê Văn Nam']
  ],
  [
    'TL. by order of the chairman',
    { name: 'Phạm Thu Trang', title: 'Chánh Văn phòng', onBehalfOf: 'Chủ tịch', delegation: 'TL' },
    ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Phạm Thu Trang']
  ],
  [
    'TUQ. by authorisation of the chairman',
    { name: 'Phạm Thu Trang', title: 'Chánh Văn phòng', onBehalfOf: 'Chủ tịch', delegation: 'TUQ' },
    ['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Phạm Thu Trang']
  ]
]

describe('signer authority on the decision and the bonus table', () => {
  it.each(cases)('%s', async (_, signer, expected) => {
    const input = inputWith(signer)
    const decision = await pdfTextRuns(await renderDecisionPdf({ ...input, fonts, creationDate }))
    expect(signatureLines(decision, expected[0]!)).toEqual(expected)
    const bonus = await pdfTextRuns(await renderBonusPdf({ ...input, fonts, creationDate }))
    expect(signatureLines(bonus, expected[0]!)).toEqual(expected)
  })

  it('lets the committee itself issue a decision signed on its behalf', () => {
    const layout = decisionLayout(inputWith(cases[0]![1]))
    expect(layout.authority).toBe('ỦY BAN NHÂN DÂN PHƯỜNG TIỀN PHONG')
    expect(layout.list.note).toMatch(/của UBND phường Tiền Phong\)$/)
  })
})

describe('Decree 30 details of the decision', () => {
  it('sets the legal bases at least 6 pt apart and closes the last article with "./."', async () => {
    const pdf = await renderDecisionPdf({
      ...inputWith({ name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' }),
      fonts,
      creationDate
    })
    const runs = (await pdfTextRuns(pdf)).filter((r) => r.page === 1)
    const first = runs.find((r) => r.text.startsWith('Căn cứ'))!
    const end = runs.find((r) => r.text === 'QUYẾT ĐỊNH:')!
    const lines = runs
      .filter((r) => r.y >= first.y - 0.5 && r.y < end.y - 0.5)
      .sort((a, b) => a.y - b.y)
    const baselines = [...new Set(lines.map((r) => Math.round(r.y * 10) / 10))]
    const steps = baselines.slice(1).map((y, i) => ({ y, step: y - baselines[i]! }))
    const lineStep = Math.min(...steps.map((s) => s.step))
    const starts = lines.filter((r) => /^(Căn cứ|Xét)/.test(r.text)).map((r) => r.y)
    expect(starts.length).toBeGreaterThanOrEqual(3)
    for (const y of starts.slice(1)) {
      const step = steps.find((s) => Math.abs(s.y - y) < 0.2)!.step
      expect(step - lineStep).toBeGreaterThanOrEqual(6 - 0.25)
    }
    const text = runs.map((r) => r.text).join(' ')
    expect(text).toMatch(/thi hành Quyết định này\.\/\./)
  })
})
