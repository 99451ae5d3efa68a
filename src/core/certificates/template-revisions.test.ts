import { afterEach, describe, expect, it } from 'vitest'
import type { Template } from '@shared/certificates/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { valueOf } from '../testing/fresh-service'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

/** A service on an empty data folder whose clock stands still unless moved. */
async function start(ctx = testContext()) {
  const service = await createAppService(ctx)
  services.push(service)
  const call = async <T>(method: string, arg: unknown) =>
    valueOf<T>(await service.dispatch(method, arg))
  const copy = await call<Template>('duplicateTemplate', {
    id: 'builtin-blank-a4',
    name: 'Giấy khen phường'
  })
  return { ctx, service, call, copy }
}

describe('saving a template over a change made elsewhere', () => {
  it('saves from the revision it started from, and every save is a new revision even in the same millisecond', async () => {
    const { call, copy } = await start()
    const first = await call<Template>('saveTemplate', {
      template: { ...copy, name: 'Giấy khen 2025' },
      expectedUpdatedAt: copy.updatedAt
    })
    expect(first.name).toBe('Giấy khen 2025')
    expect(first.updatedAt > copy.updatedAt).toBe(true)
    const second = await call<Template>('saveTemplate', {
      template: { ...first, mode: 'full' },
      expectedUpdatedAt: first.updatedAt
    })
    expect(second.updatedAt > first.updatedAt).toBe(true)
    expect(await call<Template>('getTemplate', { id: copy.id })).toEqual(second)
  })

  it('refuses a stale save with CONFLICT and the stored revision, keeps theirs, and overwrites only when told that revision', async () => {
    const { ctx, service, call, copy } = await start()
    ctx.clock.advance(60_000)
    // another window saves first
    const theirs = await call<Template>('saveTemplate', {
      template: { ...copy, name: 'Mẫu của chị Lan' },
      expectedUpdatedAt: copy.updatedAt
    })

    const refused = await service.dispatch('saveTemplate', {
      template: { ...copy, name: 'Mẫu của anh Minh' },
      expectedUpdatedAt: copy.updatedAt
    })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        details: { reason: 'changed-elsewhere', updatedAt: theirs.updatedAt }
      }
    })
    expect(await call<Template>('getTemplate', { id: copy.id })).toEqual(theirs)

    const mine = await call<Template>('saveTemplate', {
      template: { ...copy, name: 'Mẫu của anh Minh' },
      expectedUpdatedAt: theirs.updatedAt
    })
    expect(mine.name).toBe('Mẫu của anh Minh')
    const audit = valueOf<{ action: string }[]>(
      await service.dispatch('listAudit', { entityId: copy.id })
    )
    // theirs and mine are both in the log; the refused save left no trace
    expect(audit.map((e) => e.action).sort()).toEqual(['duplicate', 'update', 'update'])
  })

  it('refuses a save of a template deleted elsewhere with NOT_FOUND and creates nothing; saved without a revision it becomes a new template', async () => {
    const { service, call, copy } = await start()
    await call('deleteTemplate', { id: copy.id })
    const refused = await service.dispatch('saveTemplate', {
      template: { ...copy, name: 'Giữ lại' },
      expectedUpdatedAt: copy.updatedAt
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', details: { reason: 'deleted' } }
    })
    const own = (await call<Template[]>('listTemplates', {})).filter((t) => !t.builtIn)
    expect(own).toEqual([])

    const kept = await call<Template>('saveTemplate', {
      template: { ...copy, id: undefined, name: 'Giữ lại' }
    })
    expect(kept.id).not.toBe(copy.id)
    expect((await call<Template[]>('listTemplates', {})).filter((t) => !t.builtIn)).toEqual([kept])
  })

  it('keeps the revision in the data file: after reopening, the old revision is still refused', async () => {
    const { ctx, service, call, copy } = await start()
    const saved = await call<Template>('saveTemplate', {
      template: { ...copy, name: 'Đã lưu' },
      expectedUpdatedAt: copy.updatedAt
    })
    await service.close()
    services.splice(services.indexOf(service), 1)
    const reopened = await createAppService(ctx)
    services.push(reopened)
    expect(
      await reopened.dispatch('saveTemplate', {
        template: { ...copy, name: 'Cũ' },
        expectedUpdatedAt: copy.updatedAt
      })
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(
      valueOf<Template>(await reopened.dispatch('getTemplate', { id: copy.id })).updatedAt
    ).toBe(saved.updatedAt)
  })
})
