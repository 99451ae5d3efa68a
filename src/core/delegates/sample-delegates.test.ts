import { afterEach, describe, expect, it } from 'vitest'
import type { Delegate, DelegateCategory, DelegateWarning } from '@shared/delegates/entities'
import type { Event } from '@shared/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { loadSampleDelegates } from './sample-delegates'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('sample delegates', () => {
  it('fill the sample congress with about 120 varied delegates and no duplicates', async () => {
    const ctx = testContext()
    const service = await createAppService(ctx, {
      onBug: (e) => {
        throw e
      }
    })
    open.push(service)
    const call = async <T>(method: string, arg: unknown) => {
      const result = await service.dispatch(method, arg)
      if (!result.ok) throw new Error(result.error.message)
      return result.value as T
    }
    const event = await call<Event>('openSampleEvent', {})
    const delegates = await call<Delegate[]>('listDelegates', { eventId: event.id })
    const categories = await call<DelegateCategory[]>('listDelegateCategories', {
      eventId: event.id
    })

    expect(delegates.length).toBeGreaterThanOrEqual(110)
    expect(delegates.map((d) => d.number)).toEqual(delegates.map((_, i) => i + 1))
    expect(categories.map((c) => c.name)).toEqual(['Đại biểu chính thức', 'Đại biểu khách mời'])
    expect(await call<DelegateWarning[]>('listDelegateWarnings', { eventId: event.id })).toEqual([])

    const share = (pick: (d: Delegate) => boolean) => delegates.filter(pick).length
    expect(share((d) => d.gender === 'female')).toBeGreaterThan(40)
    expect(share((d) => d.ethnicity !== 'Kinh')).toBeGreaterThan(10)
    expect(share((d) => d.religion !== 'Không')).toBeGreaterThan(3)
    expect(share((d) => (d.birthYear ?? 0) >= 1991)).toBeGreaterThan(15)
    expect(share((d) => d.flags.presidium)).toBeGreaterThanOrEqual(3)
    expect(share((d) => d.flags.secretariat)).toBe(2)
    expect(share((d) => d.flags.honoree)).toBe(13)
    expect(share((d) => d.categoryId === categories[1]!.id)).toBeGreaterThan(3)

    const names = new Set(delegates.map((d) => d.fullName))
    for (const role of ['Lê Minh Tuấn', 'Nguyễn Văn Hùng', 'Trần Thị Thu Hà'])
      expect(names).toContain(role)
    const sample = loadSampleDelegates(ctx.resourcesDir)
    expect(sample.provincialDelegation).toHaveLength(8)
    for (const name of sample.provincialDelegation) expect(names).toContain(name)

    const letter = await call<{ time: string; dress: string; contact: string; symbol: string }>(
      'getInvitationSettings',
      { eventId: event.id }
    )
    expect(letter.symbol).toBe('GM-UBND')
    expect(letter.time).toContain('ngày 12 tháng 9 năm 2025')
    expect(letter.dress).not.toBe('')
    expect(letter.contact).not.toBe('')
  })
})
