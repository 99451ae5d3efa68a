import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AwardRound } from '@shared/agenda/entities'
import type { RoundHonoree } from '@shared/agenda/mc-wording'
import { buildMcScript, honoreeSeating, trayLists } from '@shared/agenda/stage-plan'
import { decisionLayout } from '../honours/decision-pdf'
import {
  sampleAwardForm,
  sampleDecision,
  sampleHonorees,
  sampleOrganisation,
  sampleRegisterNumbers
} from '../honours/testing/decision-pdf.fixture'
import { certificateValues } from './certificate-values'
import { createFontSet } from './fonts'
import { layoutCertificate, wordWidthEm } from './layout'
import { overlappingFields } from './overlap'
import { shippedTemplates } from './templates'
import type { Template } from '@shared/certificates/entities'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])

const deceased: RoundHonoree = {
  id: 'h-dead',
  kind: 'individual',
  name: 'Phan Văn Hòa',
  gender: 'male',
  posthumous: true,
  prefixOverride: null,
  positionLine: 'nguyên Tổ trưởng Tổ dân phố số 3',
  official: false
}
const school: RoundHonoree = {
  id: 'h-school',
  kind: 'collective',
  name: 'Trường Tiểu học Tiền Phong',
  gender: null,
  posthumous: false,
  prefixOverride: null,
  positionLine: '',
  official: false
}
const round: AwardRound = {
  id: 'r1',
  eventId: 'e',
  decisionId: 'd',
  index: 0,
  title: 'Đợt 1',
  honoreeIds: [school.id, deceased.id],
  presenters: ['Nguyễn Văn Hùng, Chủ tịch UBND phường'],
  attendants: [],
  agendaItemId: null
}
const plan = {
  items: [],
  rounds: [round],
  honorees: { [school.id]: school, [deceased.id]: deceased },
  decisions: {}
}

describe('a posthumous award through every output', () => {
  it('the MC calls the family and the collective’s representative up', () => {
    const script = buildMcScript(plan).flatMap((b) => b.rounds)[0]!
    expect(script.names).toEqual([
      'Trường Tiểu học Tiền Phong',
      'Đại diện gia đình ông Phan Văn Hòa (truy tặng), nguyên Tổ trưởng Tổ dân phố số 3'
    ])
    expect(script.call).toMatch(/^Xin mời đại diện các tập thể, /)
    expect(script.call).toContain('đại diện gia đình')
    expect(script.names.join(' ')).not.toMatch(/^Ông Phan/)
  })

  it('the tray list and the seating name who receives it; no seat for the deceased', () => {
    expect(trayLists(plan)[0]!.entries.map((e) => e.line)).toContain(
      'Đại diện gia đình ông Phan Văn Hòa (truy tặng), nguyên Tổ trưởng Tổ dân phố số 3'
    )
    expect(honoreeSeating(plan).map((s) => s.line)).toEqual([
      'Đại diện Trường Tiểu học Tiền Phong',
      'Đại diện gia đình ông Phan Văn Hòa (truy tặng), nguyên Tổ trưởng Tổ dân phố số 3'
    ])
  })

  it('the decision’s list writes "(truy tặng)" after the name', () => {
    const honorees = sampleHonorees()
    const dead = honorees.find((h) => h.posthumous)!
    const decision = sampleDecision(honorees)
    const layout = decisionLayout({
      organisation: sampleOrganisation(),
      decision,
      honorees: new Map(honorees.map((h) => [h.id, h])),
      awardForm: sampleAwardForm(),
      registerNumbers: sampleRegisterNumbers(decision)
    })
    const names = layout.list.groups.flatMap((g) => g.rows.map((r) => r.name))
    expect(names).toContain(`Ông ${dead.name} (truy tặng)`)
    expect(names.join('\n')).not.toContain('(Truy tặng)')
  })

  const vietnamese = shippedTemplates(resourcesDir).filter(
    (t) => (t.kind ?? 'certificate') === 'certificate' && (t.language ?? 'vi') === 'vi'
  )
  const printedItems = (template: Template, posthumous: boolean) => {
    const values = certificateValues(
      { ...deceased, posthumous, achievement: null },
      {
        organisation: sampleOrganisation(),
        event: null,
        decision: null,
        awardForm: null,
        register: null
      }
    )
    return layoutCertificate(
      template,
      { honoreeId: deceased.id, kind: 'individual', values },
      fonts,
      { purpose: 'print', marginMm: null, profile: null }
    ).items.flatMap((i) =>
      i.type === 'text'
        ? i.runs.map((r) => ({ ...r, endX: r.x + wordWidthEm(r.text, i.face) * i.sizePt }))
        : []
    )
  }

  it.each(vietnamese.filter((t) => t.mode === 'full').map((t) => [t.name, t] as const))(
    'the certificate "%s" prints "Truy tặng" in place of "Tặng"',
    (_, template) => {
      const lines = printedItems(template, true).map((r) => r.text)
      expect(lines).toContain('Truy tặng:')
      expect(lines).not.toContain('Tặng:')
      expect(lines.filter((l) => /tặng/i.test(l))).toEqual(['Truy tặng:'])
      expect(printedItems(template, false).filter((r) => /tặng/i.test(r.text))).toHaveLength(1)
    }
  )

  it('on a blank with "Tặng:" pre-printed, only "Truy" is printed, a space before it', () => {
    const blank = vietnamese.find((t) => t.mode === 'blank')!
    const tang = blank.fields.find((f) => f.id === 'tang')!
    expect(tang).toMatchObject({ content: 'Tặng:', preprinted: true })
    const living = printedItems(blank, false).map((r) => r.text)
    expect(living.filter((l) => /tặng|truy/i.test(l))).toEqual([])
    const dead = printedItems(blank, true)
    expect(dead.filter((r) => /tặng|truy/i.test(r.text)).map((r) => r.text)).toEqual(['Truy'])
    // The test copy on plain paper shows what the sheet will read: "Truy Tặng:" on one line.
    const full = printedItems({ ...blank, mode: 'full' }, true).filter((r) =>
      /tặng|truy/i.test(r.text)
    )
    expect(full.map((r) => r.text)).toEqual(['Tặng:', 'Truy'])
    const [tangRun, truyRun] = full as [(typeof full)[0], (typeof full)[0]]
    expect(truyRun.y).toBeCloseTo(tangRun.y, 1)
    const mm = 72 / 25.4
    expect(tangRun.x - truyRun.endX).toBeGreaterThan(0.5 * mm)
    expect(tangRun.x - truyRun.endX).toBeLessThan(2.5 * mm)
    expect(overlappingFields(blank)).toEqual([])
  })
})
