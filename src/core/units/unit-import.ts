import type {
  HouseholdTally,
  Registration,
  ResultState,
  Unit,
  UnitKind
} from '@shared/movement/entities'
import { duplicateKey } from '@shared/text'
import { AppError } from '@shared/result'
import { unitKey } from '../io/interpret-units'
import type { DatabaseData } from '../schema/database-schema'

interface Ids {
  newId: () => string
}

/**
 * Units-list rows (canonical import values) into the ward's units: a unit already kept under the
 * same name gets the row's kind, head, position, households and notes; others are added at the
 * end. Returns the ids of the units added and of those updated.
 */
export function importUnitsToDraft(
  draft: DatabaseData,
  rows: readonly Record<string, string>[],
  ctx: Ids,
  now: string
): { added: string[]; updated: string[] } {
  const units = draft.movement.units
  const byKey = new Map(units.map((u) => [unitKey(u.name), u]))
  let order = units.reduce((max, u) => Math.max(max, u.order + 1), 0)
  const added: string[] = []
  const updated: string[] = []
  for (const values of rows) {
    const households = values.households ? Number(values.households) : null
    const fields = {
      kind: values.unitKind as UnitKind,
      head: values.head ?? '',
      headPosition: values.headPosition ?? ''
    }
    const existing = byKey.get(unitKey(values.name ?? ''))
    if (existing) {
      Object.assign(existing, fields, { updatedAt: now })
      if (households !== null) existing.households = households
      if (values.notes) existing.notes = values.notes
      if (!updated.includes(existing.id)) updated.push(existing.id)
      continue
    }
    const unit: Unit = {
      id: ctx.newId(),
      name: values.name ?? '',
      ...fields,
      households,
      order: order++,
      active: true,
      notes: values.notes ?? '',
      createdAt: now,
      updatedAt: now
    }
    units.push(unit)
    byKey.set(unitKey(unit.name), unit)
    added.push(unit.id)
  }
  return { added, updated }
}

/**
 * A households list (one row per household, with its residential group and whether it earned
 * "Gia đình văn hóa") into each group's tally for `year`: households = its rows, titled = the
 * named households. Groups not in the list keep their tally.
 */
export function importHouseholdsToDraft(
  draft: DatabaseData,
  year: number,
  rows: readonly Record<string, string>[],
  ctx: Ids,
  now: string
): { tallies: string[]; households: number } {
  const m = draft.movement
  const byKey = new Map(m.units.map((u) => [unitKey(u.name), u]))
  const groups = new Map<Unit, { households: number; names: string[] }>()
  for (const values of rows) {
    const unit = byKey.get(unitKey(values.residentialGroup ?? ''))
    if (!unit) throw new AppError('NOT_FOUND', `No unit ${values.residentialGroup ?? ''}`)
    let group = groups.get(unit)
    if (!group) groups.set(unit, (group = { households: 0, names: [] }))
    group.households++
    if (values.titled === 'true') group.names.push(values.householdHead ?? '')
  }
  const ids: string[] = []
  for (const [unit, group] of groups) {
    let tally = m.tallies.find((t) => t.year === year && t.unitId === unit.id)
    if (!tally) {
      tally = {
        id: ctx.newId(),
        year,
        unitId: unit.id,
        households: 0,
        titled: 0,
        names: [],
        updatedAt: now
      } satisfies HouseholdTally
      m.tallies.push(tally)
    }
    Object.assign(tally, {
      households: group.households,
      titled: group.names.length,
      names: group.names,
      updatedAt: now
    })
    ids.push(tally.id)
  }
  return { tallies: ids, households: rows.length }
}

/**
 * A registrations list (a group's list of who registers for which title, with the year-end result
 * when known) into `year`'s registrations: the same unit, title and person is updated, others are
 * added. Returns the ids added and updated.
 */
export function importRegistrationsToDraft(
  draft: DatabaseData,
  year: number,
  rows: readonly Record<string, string>[],
  ctx: Ids,
  now: string
): { added: string[]; updated: string[] } {
  const m = draft.movement
  const units = new Map(m.units.map((u) => [unitKey(u.name), u]))
  const titles = new Map(m.titles.map((t) => [duplicateKey(t.name), t]))
  const added: string[] = []
  const updated: string[] = []
  for (const values of rows) {
    const unit = units.get(unitKey(values.unit ?? ''))
    if (!unit) throw new AppError('NOT_FOUND', `No unit ${values.unit ?? ''}`)
    const title = titles.get(duplicateKey(values.title ?? ''))
    if (!title) throw new AppError('NOT_FOUND', `No title ${values.title ?? ''}`)
    const personName = title.subject === 'individual' ? (values.personName ?? '') : ''
    const result = (values.result || 'pending') as ResultState
    const reason = result === 'achieved' ? '' : (values.reason ?? '')
    const existing = m.registrations.find(
      (r) =>
        r.year === year &&
        r.unitId === unit.id &&
        r.titleId === title.id &&
        r.personName === personName
    )
    if (existing) {
      Object.assign(existing, { result, reason, updatedAt: now })
      if (!updated.includes(existing.id)) updated.push(existing.id)
      continue
    }
    const reg: Registration = {
      id: ctx.newId(),
      year,
      unitId: unit.id,
      titleId: title.id,
      personName,
      result,
      reason,
      updatedAt: now
    }
    m.registrations.push(reg)
    added.push(reg.id)
  }
  return { added, updated }
}
