import type { Migration } from '../storage/database-types'
import { emptyMovementData } from '../movement/movement-data'
import { emptyFeatureParts } from './database-schema'

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

export const migrations: readonly Migration[] = [splitEventPeriod, addFeatureParts, addMovementPart]
