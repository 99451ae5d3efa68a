import { describe, expect, it } from 'vitest'
import type { AttendanceBoard, CheckInOutcome, DeskDelegate } from '@shared/attendance/entities'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import type { DelegateCategory } from '@shared/delegates/entities'
import { telex, vni } from '../cards/testing/input-methods'
import { sampleDesk } from './testing/attendance-kit'

const desk = 'Bàn 1'

describe('the check-in desk', () => {
  it('checks a card in once: a second scan answers "already" with the first time', async () => {
    const { ctx, call, eventId, codes } = await sampleDesk()
    ctx.clock.advance(-20 * 60_000)
    const first = await call<CheckInOutcome>('checkIn', { eventId, desk, code: codes[4]!.code })
    expect(first).toMatchObject({
      result: 'checkedIn',
      refusal: null,
      delegate: {
        delegateId: codes[4]!.delegateId,
        status: 'in',
        desk,
        since: '2025-09-01T07:40:00.000Z'
      },
      figures: { present: 1 }
    })
    ctx.clock.advance(5 * 60_000)
    const again = await call<CheckInOutcome>('checkIn', {
      eventId,
      desk: 'Bàn 2',
      code: codes[4]!.code
    })
    expect(again).toMatchObject({
      result: 'already',
      entryId: null,
      delegate: { since: '2025-09-01T07:40:00.000Z', desk },
      figures: { present: 1 }
    })
  })

  it('counts two desks scanning the same card at the same moment once', async () => {
    const { call, eventId, codes } = await sampleDesk()
    const answers = await Promise.all(
      ['Bàn 1', 'Bàn 2', 'Bàn 3'].map((d) =>
        call<CheckInOutcome>('checkIn', { eventId, desk: d, code: codes[7]!.code })
      )
    )
    expect(answers.map((a) => a.result).sort()).toEqual(['already', 'already', 'checkedIn'])
    const board = await call<AttendanceBoard>('getAttendance', { eventId })
    expect(board.figures.present).toBe(1)
    expect(board.recent).toHaveLength(1)
  })

  it("refuses forged, revoked, other events' and malformed codes with the reason", async () => {
    const a = await sampleDesk()
    const { call, eventId, codes } = a
    const refusal = async (code: string) =>
      (await call<CheckInOutcome>('checkIn', { eventId, desk, code })).refusal
    const [number, sig] = codes[0]!.code.split('-') as [string, string]
    const forged = `${number}-${sig.slice(0, -1)}${sig.endsWith('B') ? 'C' : 'B'}`
    expect(await refusal(forged)).toEqual({ reason: 'forged', otherEventTitle: null })
    expect(await refusal('hello')).toEqual({ reason: 'malformed', otherEventTitle: null })
    expect(await refusal('99999-BCFGHJKLMN')).toEqual({ reason: 'unknown', otherEventTitle: null })
    const renewed = await call<CheckInCodeEntry>('revokeCard', {
      delegateId: codes[0]!.delegateId,
      reason: 'Mất thẻ'
    })
    const revoked = await call<CheckInOutcome>('checkIn', { eventId, desk, code: codes[0]!.code })
    expect(revoked).toMatchObject({
      result: 'refused',
      refusal: { reason: 'revoked' },
      delegate: { delegateId: codes[0]!.delegateId, status: 'none' }
    })
    // a second event in the same folder: its cards are named as another event's
    const other = await call<{ id: string; title: string }>('duplicateEvent', { id: eventId })
    const otherCodes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: other.id })
    expect(await refusal(otherCodes[3]!.code)).toEqual({
      reason: 'otherEvent',
      otherEventTitle: other.title
    })
    const board = await call<AttendanceBoard>('getAttendance', { eventId })
    expect(board.figures.present).toBe(0)
    expect(
      (await call<CheckInOutcome>('checkIn', { eventId, desk, code: renewed.code })).result
    ).toBe('checkedIn')
  })

  it('checks in every card typed through a Telex or VNI input method', async () => {
    const { call, eventId, codes } = await sampleDesk()
    // the models do combine what the methods combine, so this test could fail
    expect([telex('dd'), vni('a1')]).toEqual(['đ', 'á'])
    for (const [i, c] of codes.entries()) {
      const typed = i % 2 === 0 ? telex(c.code) : vni(c.code.toLowerCase())
      const answer = await call<CheckInOutcome>('checkIn', { eventId, desk, code: typed })
      expect(answer.result, `${c.code} typed as ${typed}`).toBe('checkedIn')
    }
    const board = await call<AttendanceBoard>('getAttendance', { eventId })
    expect(board.figures.present).toBe(board.figures.summoned)
  })

  it('undoes a check-in, checks out and back in for a second day', async () => {
    const { ctx, call, eventId, codes } = await sampleDesk()
    const { delegateId } = codes[2]!
    const first = await call<CheckInOutcome>('checkIn', { eventId, desk, delegateId })
    const undone = await call<CheckInOutcome>('undoCheckIn', {
      eventId,
      desk,
      entryId: first.entryId
    })
    expect(undone).toMatchObject({
      result: 'undone',
      delegate: { status: 'none' },
      figures: { present: 0 }
    })
    await expect(
      call('undoCheckIn', { eventId, desk, entryId: first.entryId })
    ).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    await call('checkIn', { eventId, desk, delegateId })
    ctx.clock.advance(8 * 3600_000)
    const out = await call<CheckInOutcome>('checkOut', { eventId, desk, delegateId })
    expect(out).toMatchObject({
      result: 'checkedOut',
      delegate: { status: 'out' },
      figures: { present: 0 }
    })
    // a stable reason and the name, for the desk page to say in its own language
    await expect(call('checkOut', { eventId, desk, delegateId })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'notIn', name: out.delegate!.fullName }
    })
    ctx.clock.advance(16 * 3600_000)
    const back = await call<CheckInOutcome>('checkIn', { eventId, desk, code: codes[2]!.code })
    expect(back).toMatchObject({
      result: 'checkedIn',
      delegate: { status: 'in', since: '2025-09-02T08:00:00.000Z' },
      figures: { present: 1 }
    })
    // the return is undone: out again, as the evening before
    const again = await call<CheckInOutcome>('undoCheckIn', {
      eventId,
      desk,
      entryId: back.entryId
    })
    expect(again.delegate).toMatchObject({ status: 'out', since: '2025-09-01T16:00:00.000Z' })
  })

  it('finds delegates by a few letters of the name without accents, or by number', async () => {
    const { call, eventId } = await sampleDesk()
    const found = await call<DeskDelegate[]>('searchCheckIn', { eventId, query: 'le minh tuan' })
    expect(found.map((d) => d.fullName)).toContain('Lê Minh Tuấn')
    const short = await call<DeskDelegate[]>('searchCheckIn', { eventId, query: 'tua', limit: 50 })
    expect(short.length).toBeGreaterThan(0)
    expect(
      short[0]!.fullName.split(' ').at(-1)!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    ).toMatch(/^tua/)
    const byNumber = await call<DeskDelegate[]>('searchCheckIn', { eventId, query: '17' })
    expect(byNumber.map((d) => d.number)).toEqual([17])
    expect(await call('searchCheckIn', { eventId, query: '   ' })).toEqual([])
  })

  it('adds a guest in one step and records absences with their reason', async () => {
    const { call, eventId, codes } = await sampleDesk()
    const guest = await call<CheckInOutcome>('addGuest', {
      eventId,
      desk,
      guest: { fullName: '  Phạm  Văn Khách ', unit: 'Báo Bắc Ninh' }
    })
    expect(guest).toMatchObject({
      result: 'checkedIn',
      delegate: { fullName: 'Phạm Văn Khách', counted: false, status: 'in' },
      figures: { guests: 1, present: 0, summoned: 114 }
    })
    await call('setAbsence', {
      eventId,
      delegateId: codes[10]!.delegateId,
      reason: 'excused',
      note: 'Đi công tác'
    })
    await call('setAbsence', { eventId, delegateId: codes[11]!.delegateId, reason: 'unexcused' })
    const board = await call<AttendanceBoard>('getAttendance', { eventId })
    expect(board.figures).toMatchObject({ excused: 1, unexcused: 1, absent: 114 })
    expect(board.absentees.find((d) => d.delegateId === codes[10]!.delegateId)?.absence).toEqual({
      reason: 'excused',
      note: 'Đi công tác'
    })
  })
})

describe('attendance and quorum', () => {
  /** An event of exactly 120 summoned delegates and its codes. */
  async function congressOf120() {
    const kit = await sampleDesk()
    const { call, eventId } = kit
    const categories = await call<DelegateCategory[]>('listDelegateCategories', { eventId })
    await call('saveDelegateCategories', {
      eventId,
      categories: categories.map((c) => ({ id: c.id, name: c.name, counted: true }))
    })
    return kit
  }

  it('120 summoned: 61 present make the quorum of more than half, 60 do not', async () => {
    const { call, eventId, codes } = await congressOf120()
    let last: CheckInOutcome | undefined
    for (const c of codes.slice(0, 60))
      last = await call<CheckInOutcome>('checkIn', { eventId, desk, code: c.code })
    expect(last!.figures).toMatchObject({
      summoned: 120,
      present: 60,
      percent: 50,
      quorum: [{ required: 61, met: false }]
    })
    last = await call<CheckInOutcome>('checkIn', { eventId, desk, code: codes[60]!.code })
    expect(last.figures).toMatchObject({ present: 61, percent: 50.8, quorum: [{ met: true }] })
  })

  it('a substitute is counted once, for the delegate they replace', async () => {
    const { call, eventId, codes } = await congressOf120()
    const replaced = codes[5]!.delegateId
    const sub = await call<CheckInOutcome>('addSubstitute', {
      eventId,
      desk,
      replacedId: replaced,
      substitute: { fullName: 'Đỗ Thị Thay' }
    })
    expect(sub).toMatchObject({
      result: 'checkedIn',
      delegate: { fullName: 'Đỗ Thị Thay', replaces: { delegateId: replaced } },
      figures: { summoned: 120, present: 1, substitutes: 1 }
    })
    // the replaced delegate comes after all: still one
    const both = await call<CheckInOutcome>('checkIn', { eventId, desk, code: codes[5]!.code })
    expect(both.figures).toMatchObject({ summoned: 120, present: 1, substitutes: 0 })
    await expect(
      call('addSubstitute', { eventId, desk, replacedId: replaced, substitute: { fullName: 'X' } })
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { reason: 'hasSubstitute' } })
  })

  it('keeps a quorum rule per kind of vote', async () => {
    const { call, eventId, codes } = await congressOf120()
    await call('saveQuorumRules', {
      eventId,
      rules: [
        {
          id: 'general',
          name: 'Quá nửa',
          numerator: 1,
          denominator: 2,
          strict: true,
          subjects: []
        },
        {
          id: 'roster',
          name: 'Hai phần ba',
          numerator: 2,
          denominator: 3,
          strict: false,
          subjects: ['delegation-roster']
        }
      ]
    })
    for (const c of codes.slice(0, 79)) await call('checkIn', { eventId, desk, code: c.code })
    const board = await call<AttendanceBoard>('getAttendance', { eventId })
    expect(board.figures.quorum).toEqual([
      { ruleId: 'general', name: 'Quá nửa', required: 61, met: true },
      { ruleId: 'roster', name: 'Hai phần ba', required: 80, met: false }
    ])
  })
})
