import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AppService } from '../app-service'
import type { Event } from '@shared/entities'
import { featureParts, type FeaturePart } from '../schema/database-schema'
import { freshService, valueOf } from '../testing/fresh-service'
import { copiedOnDuplicate } from './event-records'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const letter = {
  number: '15',
  symbol: 'GM-UBND',
  date: '2025-09-01',
  time: '07 giờ 30 phút',
  place: 'Hội trường Ủy ban nhân dân phường',
  dress: 'Trang phục lịch sự',
  contact: 'Chị Lan, 0912 345 678',
  signerIndex: 0
}
const rules = [
  {
    id: 'r1',
    name: 'Hai phần ba đại biểu',
    numerator: 2,
    denominator: 3,
    strict: false,
    subjects: []
  }
]

describe('duplicateEvent', () => {
  it('copies the event’s own settings: certificate batch, invitation letter (without its register number), quorum rules, programme settings', async () => {
    const service = await freshService(services)
    const call = async <T>(method: string, args: unknown) =>
      valueOf<T>(await service.dispatch(method as never, args as never))
    const source = await call<Event>('createEvent', {
      title: 'Đại hội Thi đua yêu nước',
      kind: 'congress',
      periodFrom: 2020,
      periodTo: 2025,
      launchFrom: 2025,
      launchTo: 2030,
      date: '2025-09-12',
      startTime: '07:30',
      venue: 'Hội trường',
      organiser: 'UBND phường Tiền Phong'
    })
    const eventId = source.id
    const batch = { output: 'zip', namePattern: '{stt:03} - {ten}' }
    await call('saveCertificateBatchSettings', { eventId, settings: batch })
    await call('saveInvitationSettings', { eventId, letter })
    await call('saveQuorumRules', { eventId, rules })
    await call('updateAgendaSettings', {
      eventId,
      patch: { plannedEnd: '11:15', stageCapacity: 8 }
    })

    const copy = await call<Event>('duplicateEvent', { id: eventId })
    const of = { eventId: copy.id }
    expect(await call('getCertificateBatchSettings', of)).toEqual(batch)
    expect(await call('getInvitationSettings', of)).toEqual({ ...letter, number: '' })
    expect((await call<{ rules: unknown }>('getAttendance', of)).rules).toEqual(rules)
    expect((await call<{ settings: unknown }>('getAgenda', of)).settings).toEqual({
      eventId: copy.id,
      plannedEnd: '11:15',
      stageCapacity: 8
    })
    // The original keeps its own, untouched; a change to the copy leaves it alone.
    await call('saveCertificateBatchSettings', {
      eventId: copy.id,
      settings: { output: 'single', namePattern: '{stt}' }
    })
    expect(await call('getCertificateBatchSettings', { eventId })).toEqual(batch)
    expect(await call('getInvitationSettings', { eventId })).toEqual(letter)
  })

  it('decides for every collection an event owns whether a copy takes it', () => {
    const notCopied: Partial<Record<FeaturePart, string[]>> = {
      // what happened or was decided at the original, and its check-in key and revoked cards
      delegates: ['checkInSecrets', 'cardRevocations', 'checkIns', 'absences', 'substitutions'],
      rosters: ['rosters'],
      honours: ['decisions'],
      agenda: ['rounds']
    }
    const owned: string[] = []
    for (const [part, { schema }] of Object.entries(featureParts)) {
      for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
        let inner = field
        while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault)
          inner = inner.unwrap() as z.ZodType
        const element = inner instanceof z.ZodArray ? inner.element : null
        if (element instanceof z.ZodObject && 'eventId' in element.shape)
          owned.push(`${part}.${name}`)
      }
    }
    const decided = [
      ...Object.entries(copiedOnDuplicate).flatMap(([p, names]) => names.map((n) => `${p}.${n}`)),
      ...Object.entries(notCopied).flatMap(([p, names]) => names.map((n) => `${p}.${n}`))
    ]
    expect(owned.length).toBeGreaterThan(15)
    expect([...owned].sort()).toEqual([...decided].sort())
  })
})
