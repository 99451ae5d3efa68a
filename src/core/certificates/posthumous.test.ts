import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AwardRound } from '../../shared/agenda/entities'
import type { RoundHonoree } from '../../shared/agenda/mc-wording'
import { buildMcScript, honoreeSeating, trayLists } from '../../shared/agenda/stage-plan'
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
import { layoutCertificate } from './layout'
import { shippedTemplates } from './templates'

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

  it.each(
    shippedTemplates(resourcesDir)
      .filter((t) => (t.kind ?? 'certificate') === 'certificate' && (t.language ?? 'vi') === 'vi')
      .map((t) => [t.name, t] as const)
  )('the certificate "%s" prints "Truy tặng" in place of "Tặng"', (_, template) => {
    const values = certificateValues(
      { ...deceased, achievement: null },
      {
        organisation: sampleOrganisation(),
        event: null,
        decision: null,
        awardForm: null,
        register: null
      }
    )
    const layout = layoutCertificate(
      { ...template, mode: 'full' },
      { honoreeId: deceased.id, kind: 'individual', values },
      fonts,
      { purpose: 'print', marginMm: null, profile: null }
    )
    const lines = layout.items.flatMap((i) => (i.type === 'text' ? i.runs.map((r) => r.text) : []))
    expect(lines).toContain('Truy tặng:')
    expect(lines).not.toContain('Tặng:')
    expect(lines.filter((l) => /tặng/i.test(l))).toEqual(['Truy tặng:'])
  })
})
