import { afterEach, describe, expect, it } from 'vitest'
import type {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegateSaved,
  DelegateWarning
} from '@shared/delegates/entities'
import { delegateNameSplit } from '@shared/delegates/records'
import type { Event, EventFields } from '@shared/entities'
import type { Result } from '@shared/result'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

async function start() {
  const service = await createAppService(testContext(), {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const result = await service.dispatch(method, arg)
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
    return result.value as T
  }
  const fail = async (method: string, arg: unknown) => {
    const result: Result<unknown> = await service.dispatch(method, arg)
    if (result.ok) throw new Error(`${method} should have failed`)
    return result.error
  }
  const event = await call<Event>('createEvent', congress)
  return { service, call, fail, eventId: event.id }
}

const congress: EventFields = {
  title: 'Đại hội Thi đua yêu nước phường Tiền Phong',
  kind: 'congress',
  periodFrom: 2020,
  periodTo: 2025,
  launchFrom: 2025,
  launchTo: 2030,
  date: '2025-09-12',
  startTime: '07:30',
  venue: 'Hội trường',
  organiser: 'UBND phường Tiền Phong'
}

describe('delegates', () => {
  it('adds a delegate with every field, default categories and the first number', async () => {
    const { call, eventId } = await start()
    const saved = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: {
        fullName: '  Nguyễn   Thị Minh Khai ',
        gender: 'female',
        birthDate: '1980-03-08',
        ethnicity: 'Kinh',
        religion: 'Không',
        position: 'Tổ trưởng',
        unit: 'Tổ dân phố số 3',
        professionalLevel: 'Đại học',
        politicalTheoryLevel: 'Trung cấp',
        partyMember: true,
        partyJoinDate: '2005-05-19',
        memberships: 'Hội Liên hiệp Phụ nữ',
        flags: { honoree: true },
        phone: '0912345678',
        notes: 'Dòng 1\nDòng 2'
      }
    })
    const d = saved.delegate
    expect(d).toMatchObject({
      number: 1,
      fullName: 'Nguyễn Thị Minh Khai',
      birthYear: 1980,
      phone: '0912345678',
      notes: 'Dòng 1\nDòng 2',
      flags: { honoree: true, speaker: false, presidium: false, secretariat: false }
    })
    expect(delegateNameSplit(d)).toEqual({ familyAndMiddle: 'Nguyễn Thị Minh', given: 'Khai' })
    const categories = await call<DelegateCategory[]>('listDelegateCategories', { eventId })
    expect(categories.map((c) => c.name)).toEqual(['Đại biểu chính thức', 'Đại biểu khách mời'])
  })

  it('keeps a manual name split and never reuses a deleted number', async () => {
    const { call, eventId } = await start()
    const a = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: {
        fullName: 'Tôn Thất Thuyết',
        familyAndMiddleOverride: 'Tôn Thất',
        givenNameOverride: 'Thuyết'
      }
    })
    const b = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: { fullName: 'Lò Văn Pầu' }
    })
    expect(b.delegate.number).toBe(2)
    await call('deleteDelegates', { ids: [b.delegate.id] })
    const c = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: { fullName: 'Hà Thị Lan' }
    })
    expect(c.delegate.number).toBe(3)
    const listed = await call<Delegate[]>('listDelegates', { eventId })
    expect(listed.map((d) => d.number)).toEqual([1, 3])
    expect(a.delegate.familyAndMiddleOverride).toBe('Tôn Thất')
  })

  it('bulk-edits many delegates all or nothing, merging flags and custom values', async () => {
    const { call, fail, eventId } = await start()
    const [column] = await call<DelegateColumn[]>('saveDelegateColumns', {
      eventId,
      columns: [{ id: null, label: 'Số ghế' }]
    })
    const { added } = await call<{ added: Delegate[] }>('addDelegates', {
      eventId,
      delegates: [
        { fullName: 'Trần Văn An', flags: { speaker: true } },
        { fullName: 'Lê Thị Bình' },
        { fullName: 'Phạm Văn Cường' }
      ]
    })
    expect(added.map((d) => d.number)).toEqual([1, 2, 3])
    const ids = added.map((d) => d.id)
    const [guest] = (await call<DelegateCategory[]>('listDelegateCategories', { eventId })).slice(1)

    const refused = await fail('updateDelegates', {
      ids,
      patch: { categoryId: 'no-such-category' }
    })
    expect(refused.code).toBe('INVALID_ARGUMENT')
    expect(
      (await call<Delegate[]>('listDelegates', { eventId })).every((d) => d.categoryId === null)
    ).toBe(true)

    await call('updateDelegates', {
      ids,
      patch: { categoryId: guest!.id, flags: { presidium: true }, custom: { [column!.id]: 'A1' } }
    })
    const after = await call<Delegate[]>('listDelegates', { eventId })
    expect(after.map((d) => [d.categoryId, d.flags.presidium, d.flags.speaker, d.custom])).toEqual([
      [guest!.id, true, true, { [column!.id]: 'A1' }],
      [guest!.id, true, false, { [column!.id]: 'A1' }],
      [guest!.id, true, false, { [column!.id]: 'A1' }]
    ])

    const conflict = await fail('saveDelegateCategories', {
      eventId,
      categories: [{ id: null, name: 'Khác', counted: true }]
    })
    expect(conflict.code).toBe('CONFLICT')

    await call('saveDelegateColumns', { eventId, columns: [] })
    expect(
      (await call<Delegate[]>('listDelegates', { eventId })).every(
        (d) => Object.keys(d.custom).length === 0
      )
    ).toBe(true)
  })

  it('refuses custom values for unknown columns and unreal dates', async () => {
    const { fail, eventId } = await start()
    expect(
      (await fail('createDelegate', { eventId, fields: { fullName: 'A', custom: { x: '1' } } }))
        .code
    ).toBe('INVALID_ARGUMENT')
    expect(
      (
        await fail('createDelegate', {
          eventId,
          fields: { fullName: 'A', birthDate: '1990-02-30' }
        })
      ).code
    ).toBe('INVALID_ARGUMENT')
    expect((await fail('createDelegate', { eventId, fields: { fullName: '   ' } })).code).toBe(
      'INVALID_ARGUMENT'
    )
  })

  it('refuses a birth year or date of birth after today (the clock says 2025-09-01), on every path', async () => {
    const { call, fail, eventId } = await start()
    const future = await fail('createDelegate', {
      eventId,
      fields: { fullName: 'Lê Văn Tương Lai', birthYear: 2026 }
    })
    expect(future.code).toBe('INVALID_ARGUMENT')
    expect(future.message).toBe('birthYear: the birth year 2026 is after this year (2025)')
    expect(future.details).toMatchObject({ issues: [{ path: ['birthYear'] }] })
    const tomorrow = await fail('addDelegates', {
      eventId,
      delegates: [{ fullName: 'A' }, { fullName: 'B', birthDate: '2025-09-02' }]
    })
    expect(tomorrow.message).toBe(
      'delegates.1.birthDate: the date of birth 2025-09-02 is after today (2025-09-01)'
    )
    expect(await call<Delegate[]>('listDelegates', { eventId })).toEqual([])

    const { delegate } = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: { fullName: 'Trần Thị Nay', birthYear: 2025 }
    })
    expect(
      (await fail('updateDelegate', { id: delegate.id, patch: { birthYear: 2200 } })).code
    ).toBe('INVALID_ARGUMENT')
    expect(
      (await fail('updateDelegates', { ids: [delegate.id], patch: { birthYear: 2100 } })).code
    ).toBe('INVALID_ARGUMENT')
    expect(
      (await fail('updateDelegate', { id: delegate.id, patch: { birthYear: 1850 } })).code
    ).toBe('INVALID_ARGUMENT')
    const joining = await fail('updateDelegate', {
      id: delegate.id,
      patch: { partyMember: true, partyJoinDate: '2025-10-01' }
    })
    expect(joining.message).toBe(
      'partyJoinDate: the date of joining the Party 2025-10-01 is after today (2025-09-01)'
    )
    const [stored] = await call<Delegate[]>('listDelegates', { eventId })
    expect(stored).toMatchObject({ birthYear: 2025, partyMember: false, partyJoinDate: null })
  })

  it('warns about duplicates through NFD, case, spacing and hòa/hoà, not across birth years', async () => {
    const { call, eventId } = await start()
    await call('addDelegates', {
      eventId,
      delegates: [
        { fullName: 'Nguyễn Văn Hòa', birthYear: 1970 },
        { fullName: 'nguyễn  văn hoà'.normalize('NFD') },
        { fullName: 'Trần Thị Thủy', birthYear: 1980 },
        { fullName: 'TRẦN THỊ THUỶ', birthYear: 1985 },
        { fullName: 'Lê Văn Hóa' }
      ]
    })
    const warnings = await call<DelegateWarning[]>('listDelegateWarnings', { eventId })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.name).toBe('Nguyễn Văn Hòa')
    expect(warnings[0]!.delegateIds).toHaveLength(2)

    const saved = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: { fullName: 'Trần Thị Thủy', birthYear: 1985 }
    })
    expect(saved.warnings).toHaveLength(1)
    expect(saved.warnings[0]!.delegateIds).toContain(saved.delegate.id)
  })

  it('undoes a bulk delete in one step and logs it', async () => {
    const { call, eventId } = await start()
    const { added } = await call<{ added: Delegate[] }>('addDelegates', {
      eventId,
      delegates: [{ fullName: 'Trần Văn An' }, { fullName: 'Lê Thị Bình' }]
    })
    await call('deleteDelegates', { ids: added.map((d) => d.id) })
    expect(await call<Delegate[]>('listDelegates', { eventId })).toHaveLength(0)
    await call('undoLastChange', {})
    expect((await call<Delegate[]>('listDelegates', { eventId })).map((d) => d.fullName)).toEqual([
      'Trần Văn An',
      'Lê Thị Bình'
    ])
    const audit = await call<{ action: string; subject: string }[]>('listAudit', {})
    expect(
      audit.some((a) => a.action === 'delete' && a.subject === 'Trần Văn An, Lê Thị Bình')
    ).toBe(true)
  })

  it('edits one field and records only that field in the audit log', async () => {
    const { call, eventId } = await start()
    const { delegate } = await call<DelegateSaved>('createDelegate', {
      eventId,
      fields: { fullName: 'Trần Văn An', partyMember: true, partyJoinDate: '2000-01-01' }
    })
    const { delegate: edited } = await call<DelegateSaved>('updateDelegate', {
      id: delegate.id,
      patch: { partyMember: false }
    })
    expect(edited.partyJoinDate).toBeNull()
    const audit = await call<{ action: string; changes: { field: string }[] }[]>('listAudit', {
      entityId: delegate.id
    })
    const update = audit.find((a) => a.action === 'update')
    expect(update?.changes.map((c) => c.field).sort()).toEqual(['partyJoinDate', 'partyMember'])
  })
})
