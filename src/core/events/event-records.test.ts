import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import type { Decision, Honoree } from '@shared/honours/entities'
import { AppError } from '@shared/result'
import { emptyDatabase, validateDatabase, type DatabaseData } from '../schema/database-schema'
import type { Event } from '@shared/entities'
import { createAppService } from '../app-service'
import { sequentialIds, testContext } from '../testing/test-context'
import {
  addEventRecords,
  collectEventRecords,
  copiedOnDuplicate,
  removeEventRecords
} from './event-records'
import { readSavedFile } from '../storage/database'
import { valueOf as value } from '../testing/fresh-service'

const at = '2025-09-01T00:00:00.000Z'

const delegate = (id: string, eventId: string, fullName: string): Delegate => ({
  id,
  eventId,
  number: 1,
  fullName,
  familyAndMiddleOverride: null,
  givenNameOverride: null,
  gender: 'female',
  birthYear: 1980,
  birthDate: null,
  ethnicity: 'Kinh',
  religion: '',
  position: '',
  unit: '',
  professionalLevel: '',
  politicalTheoryLevel: '',
  partyMember: false,
  partyJoinDate: null,
  memberships: '',
  categoryId: null,
  flags: { honoree: true, speaker: false, presidium: false, secretariat: false },
  phone: '',
  notes: '',
  custom: {},
  createdAt: at,
  updatedAt: at
})

const honoree = (id: string, eventId: string, delegateId: string | null): Honoree => ({
  id,
  eventId,
  kind: 'individual',
  name: 'Lê Thị Hoa',
  gender: 'female',
  posthumous: false,
  prefixOverride: null,
  positionLine: '',
  achievement: null,
  delegateId,
  official: false,
  notes: '',
  createdAt: at,
  updatedAt: at
})

const decision = (id: string, eventId: string, honoreeId: string): Decision => ({
  id,
  eventId,
  number: '125',
  symbol: 'QĐ-UBND',
  date: '2025-09-05',
  signer: null,
  legalBases: [],
  proposingBody: '',
  subject: '',
  awardFormId: 'giay-khen',
  baseSalary: 2_340_000,
  achievement: '',
  honoreeIds: { collective: [], individual: [honoreeId], household: [] },
  recipients: [],
  status: 'draft',
  issuedAt: null,
  issuedBy: null,
  createdAt: at,
  updatedAt: at
})

function twoEvents(): DatabaseData {
  const data = emptyDatabase()
  data.delegates.delegates.push(
    delegate('d1', 'A', 'Lê Thị Hoa'),
    delegate('d2', 'B', 'Trần Văn Nam')
  )
  data.honours.honorees.push(honoree('h1', 'A', 'd1'))
  data.honours.decisions.push(decision('q1', 'A', 'h1'))
  return validateDatabase(data)
}

describe("an event's records across feature parts", () => {
  it('collects only the records of the event, by part and collection', () => {
    const records = collectEventRecords(twoEvents(), 'A')
    expect(Object.keys(records).sort()).toEqual(['delegates', 'honours'])
    expect(records.delegates?.delegates).toHaveLength(1)
    expect(records.honours?.honorees).toHaveLength(1)
    expect(records.honours?.decisions).toHaveLength(1)
  })

  it('removes every record of a deleted event and nothing else', () => {
    const after = produce(twoEvents(), (draft) => {
      expect(removeEventRecords(draft, 'A')).toBe(3)
    })
    expect(after.delegates.delegates.map((d) => d.id)).toEqual(['d2'])
    expect(after.honours.honorees).toEqual([])
    expect(after.honours.decisions).toEqual([])
  })

  it('copies records under new ids and keeps references between them', () => {
    const data = twoEvents()
    const after = produce(data, (draft) => {
      addEventRecords(draft, collectEventRecords(data, 'A'), 'C', sequentialIds('new'))
    })
    const copy = after.honours.honorees.find((h) => h.eventId === 'C')
    const copiedDelegate = after.delegates.delegates.find((d) => d.eventId === 'C')
    const copiedDecision = after.honours.decisions.find((d) => d.eventId === 'C')
    expect(copy?.id).not.toBe('h1')
    expect(copy?.delegateId).toBe(copiedDelegate?.id)
    expect(copiedDecision?.honoreeIds.individual).toEqual([copy?.id])
    expect(after.honours.honorees.filter((h) => h.eventId === 'A')).toHaveLength(1)
  })

  it('on duplicate copies the people and the plan, not what was decided', () => {
    const data = twoEvents()
    const after = produce(data, (draft) => {
      addEventRecords(
        draft,
        collectEventRecords(data, 'A'),
        'C',
        sequentialIds('n'),
        copiedOnDuplicate
      )
    })
    expect(after.delegates.delegates.filter((d) => d.eventId === 'C')).toHaveLength(1)
    expect(after.honours.honorees.filter((h) => h.eventId === 'C')).toHaveLength(1)
    expect(after.honours.decisions.filter((d) => d.eventId === 'C')).toHaveLength(0)
  })

  it('refuses an invalid record naming where it is, and adds nothing', () => {
    const records = collectEventRecords(twoEvents(), 'A')
    const bad = { ...records, delegates: { delegates: [{ id: 'x', eventId: 'A', fullName: 7 }] } }
    const data = twoEvents()
    let error: unknown
    try {
      produce(data, (draft) => {
        addEventRecords(draft, bad, 'C', sequentialIds('n'))
      })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toMatch(/delegates\.delegates\[0\]/)
    expect(() =>
      produce(data, (draft) => {
        addEventRecords(draft, { nonsense: { x: [] } } as never, 'C', sequentialIds('n'))
      })
    ).toThrow(/unknown part/)
  })
})

describe('the sample event through duplicate, export and import', () => {
  it('keeps its delegates, honorees, decision, rosters and programme, under new ids', async () => {
    const ctx = testContext()
    const service = await createAppService(ctx)
    try {
      const sample = value<Event>(await service.dispatch('openSampleEvent', {}))
      const file = value<{ fileName: string; contentBase64: string }>(
        await service.dispatch('exportEvent', { id: sample.id })
      )
      const copy = value<Event>(await service.dispatch('importEvent', file))
      const dup = value<Event>(await service.dispatch('duplicateEvent', { id: sample.id }))
      await service.flush()
      const data = (await readSavedFile(ctx.dataDir)).data as DatabaseData
      const count = (records: { eventId: string }[], eventId: string) =>
        records.filter((r) => r.eventId === eventId).length
      for (const [name, records] of [
        ['delegates', data.delegates.delegates],
        ['honorees', data.honours.honorees],
        ['decisions', data.honours.decisions],
        ['agenda items', data.agenda.items as { eventId: string }[]],
        ['rounds', data.agenda.rounds]
      ] as const) {
        expect(count(records, sample.id), name).toBeGreaterThan(0)
        expect(count(records, copy.id), name).toBe(count(records, sample.id))
      }
      expect(count(data.delegates.delegates, dup.id)).toBe(
        count(data.delegates.delegates, sample.id)
      )
      expect(count(data.honours.decisions, dup.id)).toBe(0)
      const ids = new Set(data.delegates.delegates.map((d) => d.id))
      expect(ids.size).toBe(data.delegates.delegates.length)

      value(await service.dispatch('deleteEvent', { id: copy.id }))
      await service.flush()
      const after = (await readSavedFile(ctx.dataDir)).data as DatabaseData
      expect(count(after.delegates.delegates, copy.id)).toBe(0)
      expect(count(after.honours.honorees, copy.id)).toBe(0)
    } finally {
      await service.close()
    }
  })
})
