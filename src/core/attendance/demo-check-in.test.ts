import { describe, expect, it } from 'vitest'
import type { AttendanceBoard, AttendanceFigures } from '@shared/attendance/entities'
import { sampleDesk } from './testing/attendance-kit'

describe('the sample event’s demo check-in', () => {
  it('checks in about three in four delegates and half the guests, at a desk named for the demo', async () => {
    const { call, eventId, service } = await sampleDesk()
    const figures = await call<AttendanceFigures>('demoCheckIn', { eventId })
    expect(figures).toMatchObject({ summoned: 114, present: 91, excused: 1, unexcused: 1 })
    expect(figures.guests).toBeGreaterThan(0)
    expect(figures.quorum[0]?.met).toBe(true)
    const board = await call<AttendanceBoard>('getAttendance', { eventId })
    expect(new Set(board.recent.map((d) => d.desk))).toEqual(new Set(['Điểm danh mẫu']))
    // one change: one undo takes it all back
    const undone = await service.dispatch('undoLastChange', {})
    expect(undone.ok).toBe(true)
    expect(await call<AttendanceFigures>('getAttendanceFigures', { eventId })).toMatchObject({
      present: 0,
      guests: 0,
      excused: 0
    })
  })

  it('is refused once anyone is checked in, and for an event that is not the sample', async () => {
    const { call, eventId, codes, service } = await sampleDesk()
    await call('checkIn', { eventId, desk: 'Bàn 1', code: codes[0]!.code })
    const busy = await service.dispatch('demoCheckIn', { eventId })
    expect(busy.ok ? null : busy.error.code).toBe('CONFLICT')
    const copy = await call<{ id: string }>('duplicateEvent', { id: eventId })
    const real = await service.dispatch('demoCheckIn', { eventId: copy.id })
    expect(real.ok ? null : real.error.code).toBe('FORBIDDEN')
  })
})
