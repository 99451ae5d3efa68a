import { describe, expect, it } from 'vitest'
import type { CheckInOutcome } from '@shared/attendance/entities'
import type { Delegate } from '@shared/delegates/entities'
import type { AuditEntry } from '@shared/entities'
import { sampleDesk } from './testing/attendance-kit'

const desk = 'Bàn cửa Đông'

describe('Hoàn tác on the main screen while desks check people in', () => {
  it('undoes the secretariat’s newest change, leaving the check-ins recorded since', async () => {
    const { call, eventId, codes } = await sampleDesk()
    const [first, second] = codes
    await call('updateDelegate', { id: first!.delegateId, patch: { position: 'Bí thư chi bộ' } })
    await call('checkIn', { eventId, desk, code: second!.code })
    await call('checkIn', { eventId, desk, delegateId: first!.delegateId })

    const { next } = await call<{ next: AuditEntry | null }>('getUndoState', {})
    expect(next).toMatchObject({ entity: 'delegate', action: 'update' })
    const { undone } = await call<{ undone: AuditEntry }>('undoLastChange', {})
    expect(undone).toMatchObject({ action: 'undo', undoneAction: 'update' })

    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    expect(delegates.find((d) => d.id === first!.delegateId)?.position).not.toBe('Bí thư chi bộ')
    const board = await call<{ figures: { present: number } }>('getAttendance', { eventId })
    expect(board.figures.present).toBe(2)
    // check-ins are taken back by their own undo, never by Hoàn tác
    const after = await call<{ next: AuditEntry | null }>('getUndoState', {})
    expect(after.next?.entity).not.toBe('checkIn')
  })

  it('refuses, changing nothing, when the door changed the same list since', async () => {
    const { call, service, eventId } = await sampleDesk()
    await call('addDelegates', { eventId, delegates: [{ fullName: 'Đại biểu Thêm Sau' }] })
    const guest = await call<CheckInOutcome>('addGuest', {
      eventId,
      desk,
      guest: { fullName: 'Khách Mời Mới' }
    })
    const before = (await call<Delegate[]>('listDelegates', { eventId })).map((d) => d.fullName)
    const refused = await service.dispatch('undoLastChange', {})
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'door', entry: { action: 'add-many' } } }
    })
    const after = (await call<Delegate[]>('listDelegates', { eventId })).map((d) => d.fullName)
    expect(after).toEqual(before)
    expect(after).toEqual(expect.arrayContaining(['Đại biểu Thêm Sau', guest.delegate!.fullName]))
  })
})
