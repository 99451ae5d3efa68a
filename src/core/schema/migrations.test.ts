import { copyFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AgendaOverview } from '@shared/agenda/contract'
import type { Event } from '@shared/entities'
import { createAppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { currentSchemaVersion } from './database-schema'
import {
  addFeatureParts,
  addVoteAttendance,
  addMovementPart,
  splitEventPeriod,
  splitReviewAndLaunch
} from './migrations'

const fixture = join(__dirname, 'fixtures', 'v1-ward-congress.json')

describe('v1 → current: event period split into two years, feature parts added', () => {
  it('is pure and idempotent on its input', () => {
    const v1 = { events: [{ id: 'a', period: '2020 - 2025' }] }
    const copy = structuredClone(v1)
    const out = splitEventPeriod.migrate(v1)
    expect(v1).toEqual(copy)
    expect(out).toEqual({ events: [{ id: 'a', periodFrom: 2020, periodTo: 2025 }] })
    expect(splitEventPeriod.migrate(v1)).toEqual(out)
  })

  it('opens a real v1 data file, migrates it after a backup and keeps every event', async () => {
    const ctx = testContext()
    copyFileSync(fixture, join(ctx.dataDir, 'dais-data.json'))
    const service = await createAppService(ctx)
    try {
      const listed = await service.dispatch('listEvents', { includeArchived: true })
      expect(listed.ok).toBe(true)
      const events = (listed.ok ? listed.value : []) as Event[]
      expect(events.map((e) => [e.id, e.periodFrom, e.periodTo])).toEqual([
        ['ev-1', 2020, 2025],
        ['ev-2', null, null]
      ])
      await service.flush()
      const file = JSON.parse(readFileSync(join(ctx.dataDir, 'dais-data.json'), 'utf8')) as {
        schemaVersion: number
        seq: number
      }
      expect(file.schemaVersion).toBe(currentSchemaVersion)
      expect(file.seq).toBeGreaterThanOrEqual(12)
      expect(readdirSync(join(ctx.dataDir, 'backups')).length).toBeGreaterThan(0)
    } finally {
      await service.close()
    }
  })
})

describe('v2 → v3: one part per feature', () => {
  it('adds empty feature parts and keeps what was there', () => {
    const v2 = { organisation: {}, events: [{ id: 'a' }] }
    const out = addFeatureParts.migrate(v2) as Record<string, unknown>
    expect(out.events).toEqual([{ id: 'a' }])
    expect(out.delegates).toEqual({ categories: [], delegates: [] })
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining(['rosters', 'honours', 'certificates', 'agenda', 'imports'])
    )
  })
})

describe('v3 → v4: the emulation movement part', () => {
  it('adds the movement part with the default titles and keeps what was there', () => {
    const v3 = { organisation: {}, events: [{ id: 'a' }], honours: { honorees: [] } }
    const out = addMovementPart.migrate(v3) as Record<string, unknown>
    expect(out.events).toEqual([{ id: 'a' }])
    expect(out.honours).toEqual({ honorees: [] })
    const movement = out.movement as { units: unknown[]; titles: { name: string }[] }
    expect(movement.units).toEqual([])
    expect(movement.titles.map((t) => t.name)).toContain('Tổ dân phố văn hóa')
  })
})

describe('v4 → v5: the period reviewed and the period launched', () => {
  const event = (periodFrom: number | null, periodTo: number | null, date: string | null) => ({
    id: 'e',
    periodFrom,
    periodTo,
    date
  })
  const periods = (e: ReturnType<typeof event>) => {
    const out = splitReviewAndLaunch.migrate({ events: [e] }) as { events: object[] }
    return out.events[0]
  }

  it('a period before the event is the one it reviews; it launches the next one', () => {
    expect(periods(event(2020, 2025, '2025-09-12'))).toMatchObject({
      periodFrom: 2020,
      periodTo: 2025,
      launchFrom: 2025,
      launchTo: 2030
    })
  })

  it('a period starting in the event’s year is the one it launches; it reviews the one before', () => {
    expect(periods(event(2025, 2030, '2025-09-12'))).toMatchObject({
      periodFrom: 2020,
      periodTo: 2025,
      launchFrom: 2025,
      launchTo: 2030
    })
  })

  it('no period, an undated event and a one-year period keep what they say', () => {
    expect(periods(event(null, null, '2025-09-12'))).toMatchObject({
      periodFrom: null,
      launchFrom: null
    })
    expect(periods(event(2020, 2025, null))).toMatchObject({ periodFrom: 2020, launchTo: 2030 })
    expect(periods(event(2025, 2025, '2025-01-10'))).toMatchObject({
      periodFrom: 2025,
      periodTo: 2025,
      launchFrom: null,
      launchTo: null
    })
  })
})

describe('v6 → v7: a vote records the attendance at its time', () => {
  it('says nothing of the attendance of the votes recorded before, and keeps the rest', () => {
    const vote = { mode: 'counted', for: 50, against: 2, abstain: 1 }
    const v6 = {
      agenda: {
        items: [
          { id: 'a', vote },
          { id: 'b', vote: null }
        ],
        rounds: []
      }
    }
    const copy = structuredClone(v6)
    const out = addVoteAttendance.migrate(v6)
    expect(v6).toEqual(copy)
    expect(out).toEqual({
      agenda: {
        items: [
          { id: 'a', vote: { ...vote, attendance: null } },
          { id: 'b', vote: null }
        ],
        rounds: []
      }
    })
    expect(addVoteAttendance.migrate(out)).toEqual(out)
  })

  it('opens a data file written by a v6 build with its recorded vote', async () => {
    const ctx = testContext()
    copyFileSync(
      join(__dirname, 'fixtures', 'v6-recorded-vote.json'),
      join(ctx.dataDir, 'dais-data.json')
    )
    const service = await createAppService(ctx)
    try {
      const events = await service.dispatch('listEvents', { includeArchived: true })
      const eventId = (events.ok ? (events.value as Event[]) : [])[0]?.id
      const agenda = await service.dispatch('getAgenda', { eventId })
      const items = (agenda.ok ? agenda.value : { items: [] }) as AgendaOverview
      expect(items.items.map((i) => i.vote)).toEqual([
        expect.objectContaining({
          mode: 'counted',
          for: 50,
          subject: 'programme',
          attendance: null
        }),
        null
      ])
      await service.flush()
      const file = JSON.parse(readFileSync(join(ctx.dataDir, 'dais-data.json'), 'utf8')) as {
        schemaVersion: number
      }
      expect(file.schemaVersion).toBe(currentSchemaVersion)
    } finally {
      await service.close()
    }
  })
})
