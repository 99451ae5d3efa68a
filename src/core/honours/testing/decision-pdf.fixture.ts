/** Test data for the decision and bonus PDFs: the sample event's decision and its 31 honorees. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Organisation } from '@shared/entities'
import type { Decision, Honoree, HonoreeKind } from '@shared/honours/entities'
import { defaultAwardForms, wardGiayKhenId } from '../../schema/default-award-forms'
import { signerBlockOf } from '@shared/text/signer-lines'

export const resourcesDir = resolve(__dirname, '..', '..', '..', '..', 'resources')
export const artifactsDir = resolve(__dirname, '..', '..', '..', '..', 'test-results', 'artifacts')

interface SampleHonoree {
  kind: HonoreeKind
  name: string
  gender?: 'male' | 'female'
  posthumous?: boolean
  official?: boolean
  positionLine: string
}
interface SampleHonours {
  decision: {
    number: string
    date: string
    legalBases: string[]
    proposingBody: string
    subject: string
    achievement: string
    baseSalary: number
    recipients: string[]
  }
  honorees: SampleHonoree[]
}

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(resolve(resourcesDir, 'sample-event', name), 'utf8')) as T

export function sampleOrganisation(): Organisation {
  return readJson<{ organisation: Organisation }>('event.json').organisation
}

export function sampleHonorees(): Honoree[] {
  const counters: Record<HonoreeKind, number> = { collective: 0, individual: 0, household: 0 }
  return readJson<SampleHonours>('honours.json').honorees.map((h) => ({
    id: `${h.kind}-${++counters[h.kind]}`,
    eventId: 'event-1',
    kind: h.kind,
    name: h.name,
    gender: h.gender ?? null,
    posthumous: h.posthumous ?? false,
    prefixOverride: null,
    positionLine: h.positionLine,
    achievement: null,
    delegateId: null,
    official: h.official ?? false,
    notes: '',
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z'
  }))
}

export const sampleAwardForm = () => {
  const form = defaultAwardForms().find((f) => f.id === wardGiayKhenId)
  if (!form) throw new Error('the ward Giấy khen is missing from the catalogue')
  return form
}

export function sampleDecision(honorees: Honoree[], overrides: Partial<Decision> = {}): Decision {
  const d = readJson<SampleHonours>('honours.json').decision
  const ids = (kind: HonoreeKind) => honorees.filter((h) => h.kind === kind).map((h) => h.id)
  const organisation = sampleOrganisation()
  const signer = organisation.signers.find((s) => s.onBehalfOf) ?? organisation.signers[0]
  return {
    id: 'decision-1',
    eventId: 'event-1',
    number: d.number,
    symbol: 'QĐ-UBND',
    date: d.date,
    signer: signer ? signerBlockOf(signer) : null,
    legalBases: d.legalBases,
    proposingBody: d.proposingBody,
    subject: d.subject,
    awardFormId: wardGiayKhenId,
    baseSalary: d.baseSalary,
    achievement: d.achievement,
    honoreeIds: {
      collective: ids('collective'),
      individual: ids('individual'),
      household: ids('household')
    },
    recipients: d.recipients,
    status: 'issued',
    issuedAt: '2025-09-05T08:00:00.000Z',
    issuedBy: 'Văn phòng',
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-05T08:00:00.000Z',
    ...overrides
  }
}

/** Register numbers 1…n in protocol order. */
export function sampleRegisterNumbers(decision: Decision): Map<string, string> {
  const ids = [
    ...decision.honoreeIds.collective,
    ...decision.honoreeIds.individual,
    ...decision.honoreeIds.household
  ]
  return new Map(ids.map((id, i) => [id, String(i + 1)]))
}
