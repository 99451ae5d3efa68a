import { afterEach, describe, expect, expectTypeOf, it } from 'vitest'
import type { AppEvent, DataChange, DataPart } from '@shared/app-events'
import type { AppService } from './app-service'
import type { DatabaseData } from './schema/database-schema'
import { freshService, valueOf } from './testing/fresh-service'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

/** A fresh service and the `dataChanged` events it sends from now on. */
async function watched() {
  const service = await freshService(open)
  const changes: DataChange[] = []
  service.onEvent((e: AppEvent) => {
    if (e.type === 'dataChanged') changes.push(e.payload)
  })
  return { service, changes }
}

describe('a dataChanged event names the parts of the data the change wrote', () => {
  it('names exactly the top-level parts of the data file', () => {
    expectTypeOf<DataPart>().toEqualTypeOf<keyof DatabaseData>()
  })

  it('a unit of the movement: the movement and the audit log, nothing else', async () => {
    const { service, changes } = await watched()
    valueOf(
      await service.dispatch('createUnit', {
        kind: 'residential-group',
        name: 'Tổ dân phố số 1',
        head: 'Nguyễn Văn An',
        headPosition: 'Tổ trưởng',
        households: 100
      })
    )
    expect(changes).toEqual([
      { entity: 'unit', entityId: expect.any(String), parts: ['audit', 'movement'] }
    ])
  })

  it('an event and its undo: the events and the audit log', async () => {
    const { service, changes } = await watched()
    const created = valueOf<{ id: string }>(
      await service.dispatch('createEvent', {
        title: 'Hội nghị tổng kết năm 2025',
        kind: 'conference',
        periodFrom: 2025,
        periodTo: 2025,
        launchFrom: 2025,
        launchTo: 2030,
        date: '2025-12-20',
        startTime: '08:00',
        venue: 'Hội trường UBND phường',
        organiser: 'UBND phường Tiền Phong'
      })
    )
    valueOf(
      await service.dispatch('updateEvent', { id: created.id, patch: { venue: 'Hội trường' } })
    )
    valueOf(await service.dispatch('undoLastChange', {}))
    expect(changes.map((c) => c.parts)).toEqual([
      expect.arrayContaining(['events', 'audit']),
      ['events', 'audit'],
      ['events', 'audit']
    ])
    expect(changes.flatMap((c) => c.parts)).not.toContain('movement')
  })
})
