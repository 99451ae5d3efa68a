import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import type { CouncilMeeting } from '@shared/movement/entities'
import type { CouncilFields } from '@shared/movement/proposals-contract'
import { flushUnsavedEdits } from '../../unsaved-edits'
import { readCount, useCouncilForm } from './use-council-form'

function meeting(over: Partial<CouncilMeeting> = {}): CouncilMeeting {
  return {
    id: 'm1',
    movementId: null,
    year: 2025,
    date: null,
    place: '',
    chair: '',
    secretary: '',
    members: ['An', 'Bình', 'Cường', 'Dung', 'Em'],
    membersTotal: 7,
    proposalIds: ['p1'],
    thresholds: [],
    rules: { base: 'members', tie: 'fail' },
    ballots: [],
    decisionIds: [],
    createdAt: '',
    updatedAt: '',
    ...over
  }
}

function harness(start: CouncilMeeting) {
  const current = shallowRef(start)
  const sent: Partial<CouncilFields>[] = []
  const save = vi.fn(async (patch: Partial<CouncilFields>) => {
    sent.push(patch)
    current.value = { ...current.value, ...patch } as CouncilMeeting
  })
  const scope = effectScope()
  const form = scope.run(() =>
    useCouncilForm(
      () => current.value,
      () => ['c1', 'c2'],
      save
    )
  )!
  return { current, sent, form, stop: () => scope.stop() }
}

describe('a council meeting typed into its editor', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves a field after a pause, and follows a change made elsewhere in the fields not typed into', async () => {
    const h = harness(meeting())
    h.form.fields.place = ' Hội trường UBND '
    await nextTick()
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ place: 'Hội trường UBND' }])
    expect(h.form.fields.place).toBe(' Hội trường UBND ')

    // Typing the chair while another window (or Hoàn tác) changes the place and the ballots.
    h.form.fields.chair = 'Nguyễn Văn'
    h.current.value = meeting({
      place: 'Phòng họp 2',
      chair: '',
      ballots: [{ candidateId: 'c1', for: 4, against: 1, invalid: 0 }]
    })
    await nextTick()
    expect(h.form.fields.place).toBe('Phòng họp 2')
    expect(h.form.fields.chair).toBe('Nguyễn Văn')
    expect(h.form.cell('c1', 'for')).toBe('4')
    expect(h.form.cell('c1', 'against')).toBe('1')
    // Undone: the ballot goes, its cells empty again.
    h.current.value = meeting({ place: 'Phòng họp 2' })
    await nextTick()
    expect(h.form.cell('c1', 'for')).toBe('')
    h.stop()
  })

  it('saves a candidate’s ballot with the cells left empty as 0, and keeps a cell being typed', async () => {
    const h = harness(meeting())
    h.form.setCell('c1', 'for', '5')
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ ballots: [{ candidateId: 'c1', for: 5, against: 0, invalid: 0 }] }])
    expect(h.form.cell('c1', 'against')).toBe('0')
    h.form.setCell('c2', 'for', '1')
    h.current.value = {
      ...h.current.value,
      ballots: [{ candidateId: 'c1', for: 3, against: 2, invalid: 0 }]
    }
    await nextTick()
    expect(h.form.cell('c1', 'for')).toBe('3')
    expect(h.form.cell('c2', 'for')).toBe('1')
    h.stop()
  })

  it('says why a count is refused, saves nothing of it and asks before a reload', async () => {
    const h = harness(meeting())
    for (const [text, kind] of [
      ['-2', 'negative'],
      ['abc', 'required'],
      ['2,5', 'whole']
    ] as const) {
      h.form.setCell('c1', 'against', text)
      expect(h.form.cellProblem('c1', 'against')).toMatchObject({ kind })
    }
    // 4 + 3 ballots with 5 members present: said on the cell typed last.
    h.form.setCell('c1', 'for', '4')
    h.form.setCell('c1', 'against', '3')
    expect(h.form.cellProblem('c1', 'against')).toEqual({
      kind: 'overPresent',
      cast: 7,
      present: 5
    })
    expect(h.form.cellProblem('c1', 'for')).toBeNull()
    // Another candidate's good count is saved meanwhile.
    h.form.setCell('c2', 'for', '5')
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ ballots: [{ candidateId: 'c2', for: 5, against: 0, invalid: 0 }] }])
    expect(flushUnsavedEdits()).toBe(true)

    // Two more members present: the count now reads and is saved.
    h.form.fields.members = 'An\nBình\nCường\nDung\nEm\nGiang\nHà'
    await nextTick()
    expect(h.form.cellProblem('c1', 'against')).toBeNull()
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.current.value.ballots).toEqual([
      { candidateId: 'c2', for: 5, against: 0, invalid: 0 },
      { candidateId: 'c1', for: 4, against: 3, invalid: 0 }
    ])
    expect(flushUnsavedEdits()).toBe(false)
    h.stop()
  })

  it('does not save an emptied or out-of-range member total', async () => {
    const h = harness(meeting())
    h.form.fields.membersTotal = ''
    await nextTick()
    expect(h.form.membersTotalProblem.value).toEqual({ kind: 'required' })
    h.form.fields.membersTotal = '101'
    await nextTick()
    expect(h.form.membersTotalProblem.value).toEqual({ kind: 'range', min: 0, max: 100 })
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([])
    h.form.fields.membersTotal = '9'
    await nextTick()
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ membersTotal: 9 }])
    h.stop()
  })
})

describe('readCount', () => {
  it('reads a whole count within its bound, or names the problem', () => {
    expect(readCount(' 12 ', 100)).toBe(12)
    expect(readCount('0', 100)).toBe(0)
    expect(readCount('', 100)).toEqual({ kind: 'required' })
    expect(readCount('1e3', 10_000)).toEqual({ kind: 'required' })
    expect(readCount('-1', 100)).toEqual({ kind: 'negative' })
    expect(readCount('1.5', 100)).toEqual({ kind: 'whole' })
    expect(readCount('101', 100)).toEqual({ kind: 'range', min: 0, max: 100 })
  })
})
