import type { Migration } from '../storage/database-types'
import { emptyMovementData } from './movement-data'
import { emptyFeatureParts } from './database-schema'
import { upgradeCopiedTemplates } from './copied-templates'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * v1 kept an event's reporting period as one free-text string ("2020 - 2025"); v2 stores the two
 * years as numbers so documents can print them in any style.
 */
export const splitEventPeriod: Migration = {
  from: 1,
  migrate(data) {
    if (!isRecord(data) || !Array.isArray(data.events))
      throw new Error('v1 data has no events list')
    return {
      ...data,
      events: data.events.map((event: unknown) => {
        if (!isRecord(event)) throw new Error('v1 event is not an object')
        const { period, ...rest } = event
        const years = typeof period === 'string' ? (period.match(/\d{4}/g) ?? []) : []
        return {
          ...rest,
          periodFrom: years[0] ? Number(years[0]) : null,
          periodTo: years[1] ? Number(years[1]) : null
        }
      })
    }
  }
}

/** v3 adds one part per feature (delegates, rosters, honours, certificates, agenda, imports). */
export const addFeatureParts: Migration = {
  from: 2,
  migrate(data) {
    if (!isRecord(data)) throw new Error('v2 data is not an object')
    return { ...emptyFeatureParts(), ...data }
  }
}

/** v4 adds the emulation movement: units, titles, movements, registrations, proposals. */
export const addMovementPart: Migration = {
  from: 3,
  migrate(data) {
    if (!isRecord(data)) throw new Error('v3 data is not an object')
    return { ...data, movement: emptyMovementData() }
  }
}

const yearOrNull = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null)
const inRange = (y: number) => (y >= 1900 && y <= 2200 ? y : null)

/**
 * The reviewed and launched periods of a v4 event, which had one period for both. A period that
 * starts in or after the event's year is the one it launches (2025–2030 at a 2025 congress) and
 * the reviewed one is the same length before it; otherwise it is the reviewed period and the
 * next one of the same length is launched. A one-year period launches none.
 */
export function splitPeriods(event: Record<string, unknown>) {
  const from = yearOrNull(event.periodFrom)
  const to = yearOrNull(event.periodTo)
  const none = { periodFrom: from, periodTo: to, launchFrom: null, launchTo: null }
  if (from === null || to === null || to <= from) return none
  const length = to - from
  const year = typeof event.date === 'string' ? Number(event.date.slice(0, 4)) : null
  if (year !== null && from >= year)
    return { periodFrom: inRange(from - length), periodTo: from, launchFrom: from, launchTo: to }
  return { periodFrom: from, periodTo: to, launchFrom: to, launchTo: inRange(to + length) }
}

/** v5 gives an event two periods: the one it reviews and the one it launches. */
export const splitReviewAndLaunch: Migration = {
  from: 4,
  migrate(data) {
    if (!isRecord(data) || !Array.isArray(data.events))
      throw new Error('v4 data has no events list')
    return {
      ...data,
      events: data.events.map((event: unknown) => {
        if (!isRecord(event)) throw new Error('v4 event is not an object')
        return { ...event, ...splitPeriods(event) }
      })
    }
  }
}

/** v7: a vote records the attendance at its time; the votes recorded before say nothing of it. */
export const addVoteAttendance: Migration = {
  from: 6,
  migrate(data) {
    if (!isRecord(data) || !isRecord(data.agenda) || !Array.isArray(data.agenda.items))
      throw new Error('v6 data has no agenda items')
    const items = data.agenda.items.map((item: unknown) => {
      if (!isRecord(item)) throw new Error('v6 agenda item is not an object')
      if (!isRecord(item.vote) || 'attendance' in item.vote) return item
      return { ...item, vote: { ...item.vote, attendance: null } }
    })
    return { ...data, agenda: { ...data.agenda, items } }
  }
}

/**
 * v8: a remembered import mapping may be of the kind `registrations` (a group's list of
 * registrations); every v7 file is already a v8 one, but a v7 build must not read a v8 file.
 */
export const allowRegistrationImports: Migration = {
  from: 7,
  migrate: (data) => data
}

/** v9: each event keeps its certificate batch settings (output, zip file names). */
export const addBatchSettings: Migration = {
  from: 8,
  migrate(data) {
    if (!isRecord(data) || !isRecord(data.certificates))
      throw new Error('v8 data has no certificates part')
    const kept = data.certificates.batchSettings
    return {
      ...data,
      certificates: { ...data.certificates, batchSettings: Array.isArray(kept) ? kept : [] }
    }
  }
}

export const migrations: readonly Migration[] = [
  splitEventPeriod,
  addFeatureParts,
  addMovementPart,
  splitReviewAndLaunch,
  upgradeCopiedTemplates,
  addVoteAttendance,
  allowRegistrationImports,
  addBatchSettings
]
