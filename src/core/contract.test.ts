import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, methodNames, type MethodName } from '@shared/contract'
import type { Result } from '@shared/result'
import { createAppService, type AppService } from './app-service'
import { testContext } from './testing/test-context'
import { readSavedFile } from './storage/database'

let service: AppService
let dataDir: string
const bugs: unknown[] = []

beforeAll(async () => {
  const ctx = testContext()
  dataDir = ctx.dataDir
  service = await createAppService(ctx, { onBug: (e) => bugs.push(e) })
  await service.dispatch('openSampleEvent', {})
  await service.flush()
})
afterAll(() => service.close())

const snapshot = async () => {
  await service.flush()
  const file = await readSavedFile(dataDir)
  return { seq: file.seq, data: JSON.stringify(file.data) }
}

const wrongShapes: unknown[] = [42, 'text', null, true, [], [1, 2], { unexpected: 1 }]

describe('the contract', () => {
  it('lists the same methods in the contract table and the method-name list', () => {
    expect(Object.keys(contract).sort()).toEqual([...methodNames].sort())
  })

  it.each(methodNames)(
    '%s rejects arguments of the wrong shape with INVALID_ARGUMENT',
    async (m) => {
      for (const arg of wrongShapes) {
        const result = await service.dispatch(m, arg)
        expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
      }
    }
  )

  it('answers UNKNOWN_METHOD for names outside the contract', async () => {
    expect(await service.dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' }
    })
    expect(await service.dispatch('constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' }
    })
  })

  it('fuzz: invalid arguments to every method change no data and crash nothing', async () => {
    const before = await snapshot()
    const method = fc.constantFrom(...methodNames)
    await fc.assert(
      fc.asyncProperty(method, fc.anything({ withNullPrototype: true }), async (m, arg) => {
        fc.pre(!contract[m as MethodName].args.safeParse(arg === undefined ? {} : arg).success)
        const result: Result<unknown> = await service.dispatch(m, arg)
        expect(result.ok).toBe(false)
        expect(!result.ok && result.error.code).toBe('INVALID_ARGUMENT')
      }),
      { numRuns: 2000, seed: 20251126 }
    )
    expect(await snapshot()).toEqual(before)
    expect(bugs).toEqual([])
  })

  it('fuzz: near-valid event payloads never crash and leave valid data', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 })
    const fields = fc.record(
      {
        title: text,
        kind: fc.constantFrom('congress', 'conference', 'ceremony', 'party'),
        periodFrom: fc.option(fc.integer({ min: 1800, max: 2300 })),
        periodTo: fc.option(fc.integer({ min: 1800, max: 2300 })),
        date: fc.option(fc.constantFrom('2025-09-12', '2025-02-30', '12/09/2025', '')),
        startTime: fc.option(fc.constantFrom('07:30', '24:00', '7:30')),
        venue: text,
        organiser: text
      },
      { requiredKeys: [] }
    )
    await fc.assert(
      fc.asyncProperty(fields, async (arg) => {
        const result = await service.dispatch('createEvent', arg)
        if (!result.ok) expect(['INVALID_ARGUMENT']).toContain(result.error.code)
      }),
      { numRuns: 300, seed: 7 }
    )
    expect(bugs).toEqual([])
    const events = await service.dispatch('listEvents', { includeArchived: true })
    expect(events.ok).toBe(true)
  })
})
