import { describe, expect, it } from 'vitest'
import type { AgendaItem } from './entities'
import { attendanceAnnouncement, buildMcScript } from './stage-plan'

const item = (id: string, kind: AgendaItem['kind'], mcText = ''): AgendaItem => ({
  id,
  eventId: 'e1',
  order: 0,
  kind,
  title: id,
  session: '',
  presenter: '',
  presenterDelegateId: null,
  presenterFromRoster: false,
  durationMinutes: 5,
  fixedStart: null,
  publicNotes: '',
  internalNotes: '',
  mcText,
  vote: null,
  actualStart: null,
  actualEnd: null,
  createdAt: '',
  updatedAt: ''
})
const plan = (items: AgendaItem[], attendance?: { summoned: number; present: number } | null) => ({
  items,
  rounds: [],
  honorees: {},
  decisions: {},
  attendance
})

describe('the attendance the MC announces', () => {
  it('reads the live figure once someone is present', () => {
    expect(attendanceAnnouncement({ summoned: 120, present: 61 })).toBe(
      'Có mặt 61/120 đại biểu, đạt 50,8%.'
    )
  })
  it('leaves a blank to fill in before anyone checks in, keeping the number summoned', () => {
    expect(attendanceAnnouncement({ summoned: 120, present: 0 })).toBe(
      'Có mặt ……/120 đại biểu, đạt ……%.'
    )
    expect(attendanceAnnouncement(null)).toBe('Có mặt ……/…… đại biểu, đạt ……%.')
  })
  it('goes after the words of the introduction of guests, once', () => {
    const script = buildMcScript(
      plan([item('w', 'welcome'), item('g', 'guests', 'Về dự Đại hội…'), item('v', 'vote')], {
        summoned: 10,
        present: 6
      })
    )
    expect(script.map((b) => b.lines)).toEqual([
      [],
      ['Về dự Đại hội…', 'Có mặt 6/10 đại biểu, đạt 60%.'],
      []
    ])
  })
  it('falls back to the welcome, and is left out of a programme with neither', () => {
    const withWelcome = buildMcScript(plan([item('w', 'welcome'), item('v', 'vote')]))
    expect(withWelcome[0]?.lines).toEqual(['Có mặt ……/…… đại biểu, đạt ……%.'])
    const neither = buildMcScript(plan([item('o', 'opening-speech'), item('v', 'vote')]))
    expect(neither.flatMap((b) => b.lines)).toEqual([])
  })
})
