import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import type { Delegate } from '@shared/delegates/entities'
import type { EmulationTitle, Unit } from '@shared/movement/entities'
import { createAppService } from '../core/app-service'
import { testContext } from '../core/testing/test-context'
import { runCli } from './index'
import { capture } from './testing/cli-run'

/** A data folder prepared through the service, then closed so the command opens it alone. */
async function dataFolder<T>(
  prepare: (call: <R>(m: string, a: object) => Promise<R>) => Promise<T>
) {
  const ctx = testContext()
  const service = await createAppService(ctx)
  const call = async <R>(method: string, arg: object): Promise<R> => {
    const r = await service.dispatch(method as never, arg as never)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value as R
  }
  const value = await prepare(call)
  await service.close()
  return { dataDir: ctx.dataDir, value }
}

describe('dais add-delegates, delegate', () => {
  it('adds a JSON array of delegates in one change and shows one of them', async () => {
    const { dataDir, value: eventId } = await dataFolder(async (call) => {
      const event = await call<{ id: string }>('createEvent', {
        title: 'Hội nghị',
        kind: 'conference',
        periodFrom: 2020,
        periodTo: 2025,
        launchFrom: 2025,
        launchTo: 2030,
        date: '2025-09-12',
        startTime: null,
        venue: '',
        organiser: ''
      })
      return event.id
    })
    const file = join(dataDir, 'dai-bieu.json')
    writeFileSync(
      file,
      JSON.stringify([
        { fullName: 'Nguyễn Văn An', unit: 'Tổ dân phố số 1' },
        { fullName: 'Trần Thị Bình' }
      ])
    )
    const common = ['--data-dir', dataDir]
    const added = capture()
    expect(
      await runCli(['add-delegates', ...common, '--event', eventId, file, '--json'], added.io)
    ).toBe(0)
    const { added: delegates } = JSON.parse(added.out.join('\n')) as { added: Delegate[] }
    expect(delegates.map((d) => [d.number, d.fullName])).toEqual([
      [1, 'Nguyễn Văn An'],
      [2, 'Trần Thị Bình']
    ])

    const one = capture()
    expect(await runCli(['delegate', ...common, delegates[0]!.id], one.io)).toBe(0)
    expect(one.out).toEqual(['1\tNguyễn Văn An\t\tTổ dân phố số 1'])

    // A delegate without a name is refused as a whole: nothing is added.
    writeFileSync(file, JSON.stringify([{ fullName: 'Lê Văn Cường' }, { unit: 'Tổ 2' }]))
    const refused = capture()
    expect(await runCli(['add-delegates', ...common, '--event', eventId, file], refused.io)).toBe(2)
    expect(refused.err).toEqual([
      `${file}: entry 2 (line 1), field "fullName": expected a text, found nothing`
    ])
    const list = capture()
    expect(await runCli(['delegates', ...common, '--event', eventId, '--json'], list.io)).toBe(0)
    expect((JSON.parse(list.out.join('\n')) as { delegates: Delegate[] }).delegates).toHaveLength(2)
  })

  it('answers bad arguments with the usage and exit code 2', async () => {
    const c = capture()
    expect(await runCli(['add-delegates', '--event', 'e1'], c.io)).toBe(2)
    expect(c.err.join('\n')).toContain('Usage: dais add-delegates --event ID FILE.json')
    const notJson = join(testContext().dataDir, 'x.json')
    writeFileSync(notJson, '{ not json')
    expect(await runCli(['add-delegates', '--event', 'e1', notJson], capture().io)).toBe(2)
    writeFileSync(notJson, '{}')
    expect(await runCli(['add-delegates', '--event', 'e1', notJson], capture().io)).toBe(2)
    expect(await runCli(['delegate'], capture().io)).toBe(2)
  })
})

describe('dais check-in-codes, verify-code', () => {
  it('lists the codes and tells a valid code from a forged one without checking anybody in', async () => {
    const { dataDir, value: eventId } = await dataFolder(
      async (call) => (await call<{ id: string }>('openSampleEvent', {})).id
    )
    const common = ['--data-dir', dataDir, '--event', eventId]
    const list = capture()
    expect(await runCli(['check-in-codes', ...common, '--json'], list.io)).toBe(0)
    const codes = JSON.parse(list.out.join('\n')) as CheckInCodeEntry[]
    expect(codes.length).toBeGreaterThan(100)
    const first = codes[0]!

    const ok = capture()
    expect(await runCli(['verify-code', ...common, first.code], ok.io)).toBe(0)
    expect(ok.out[0]).toMatch(new RegExp(`^${first.code}\\tvalid\\t${first.number} `))
    const bad = capture()
    expect(await runCli(['verify-code', ...common, first.code, '1-BCFGHJKLMN'], bad.io)).toBe(1)
    expect(bad.out[1]).toBe('1-BCFGHJKLMN\tforged')

    const check = capture()
    expect(await runCli(['check-in', ...common, first.code], check.io)).toBe(0)
    expect(check.out[0]).toMatch(/^checked in: /)
    expect(await runCli(['verify-code', '--event', eventId], capture().io)).toBe(2)
    expect(await runCli(['check-in-codes'], capture().io)).toBe(2)
  })
})

describe('dais registrations', () => {
  it('prints the year’s registrations and household tallies by unit and title name', async () => {
    const { dataDir } = await dataFolder(async (call) => {
      const unit = await call<Unit>('createUnit', {
        kind: 'residential-group',
        name: 'Tổ dân phố số 5',
        head: 'Lê Văn Cường',
        headPosition: 'Tổ trưởng',
        households: 80
      })
      const titles = await call<EmulationTitle[]>('listEmulationTitles', {})
      const title = titles.find((t) => t.name === 'Tổ dân phố văn hóa')!
      await call('saveRegistration', {
        year: 2026,
        unitId: unit.id,
        titleId: title.id,
        result: 'achieved'
      })
      await call('saveHouseholdTally', { year: 2026, unitId: unit.id, households: 80, titled: 75 })
    })
    const c = capture()
    expect(await runCli(['registrations', '--data-dir', dataDir, '--year', '2026'], c.io)).toBe(0)
    expect(c.out).toEqual([
      'Tổ dân phố số 5\tTổ dân phố văn hóa\t\tachieved\t',
      'Tổ dân phố số 5\tGia đình văn hóa 75/80'
    ])
    const json = capture()
    expect(
      await runCli(['registrations', '--data-dir', dataDir, '--year', '2025', '--json'], json.io)
    ).toBe(0)
    expect(JSON.parse(json.out.join('\n'))).toEqual({ year: 2025, registrations: [], tallies: [] })
    expect(await runCli(['registrations', '--year', '26'], capture().io)).toBe(2)
    expect(await runCli(['registrations'], capture().io)).toBe(2)
  })
})
