import type {
  EmulationTitle,
  HouseholdTally,
  Movement,
  Registration,
  Target,
  Unit
} from '../../shared/movement/entities'
import type { MovementFields, TargetFields } from '../../shared/movement/contract'
import type { movementMethodNames } from '../../shared/movement/method-names'
import { AppError } from '../../shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { findIn } from './find-in'
import { movementPaperHandlers } from './movement-papers'
import { progressHandlers } from './progress-handlers'

/** Detaches a value from the immer draft it was read from. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const verbatim = new Set(['id', 'unitId', 'titleId', 'movementId', 'unitKinds'])

const required = (value: string | undefined, field: string) => {
  if (value !== undefined && value.trim() === '')
    throw new AppError('INVALID_ARGUMENT', `${field}: required`, {
      issues: [{ path: [field], message: 'required' }]
    })
}

function checkMovement(data: DatabaseData, m: Pick<Movement, 'fromYear' | 'toYear' | 'targets'>) {
  if (m.toYear < m.fromYear)
    throw new AppError('INVALID_ARGUMENT', 'toYear: the period ends before it starts', {
      issues: [{ path: ['toYear'], message: 'before fromYear' }]
    })
  m.targets.forEach((t, i) => {
    required(t.label, `targets.${i}.label`)
    if (t.titleId) findIn(data.movement.titles, t.titleId, 'Emulation title')
    if (t.measure === 'achieved' && !t.titleId)
      throw new AppError('INVALID_ARGUMENT', `targets.${i}.titleId: which title is achieved?`, {
        issues: [{ path: ['targets', i, 'titleId'], message: 'required' }]
      })
  })
}

export function movementHandlers(deps: FeatureDeps): HandlerGroup<typeof movementMethodNames> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  const withTargetIds = (targets: TargetFields[]): Target[] =>
    targets.map((t) => ({ ...t, id: t.id ?? ctx.newId() }))

  return {
    listUnits: () => [...read().movement.units].sort((a, b) => a.order - b.order),

    createUnit: (raw) => {
      const fields = normalizeInput(raw, verbatim)
      required(fields.name, 'name')
      return changes.apply({ entity: 'unit', action: 'create' }, (draft) => {
        const at = now()
        const units = draft.movement.units
        const unit: Unit = {
          order: units.reduce((max, u) => Math.max(max, u.order + 1), 0),
          active: true,
          notes: '',
          ...fields,
          id: ctx.newId(),
          createdAt: at,
          updatedAt: at
        }
        units.push(unit)
        return {
          value: unit,
          entityId: unit.id,
          subject: unit.name,
          changes: diffFields(undefined, unit)
        }
      })
    },

    updateUnit: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim)
      required(patch.name, 'name')
      return changes.apply({ entity: 'unit', action: 'update' }, (draft) => {
        const unit = findIn(draft.movement.units, id, 'Unit')
        const before = plain(unit)
        Object.assign(unit, patch, { updatedAt: now() })
        const after = plain(unit)
        return {
          value: after,
          entityId: id,
          subject: after.name,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteUnits: ({ ids }) =>
      changes.apply({ entity: 'unit', action: 'delete' }, (draft) => {
        const gone = new Set(ids)
        const m = draft.movement
        for (const id of ids) findIn(m.units, id, 'Unit')
        const used =
          m.registrations.find((r) => gone.has(r.unitId)) ??
          m.tallies.find((t) => gone.has(t.unitId)) ??
          m.proposals.find((p) => gone.has(p.unitId))
        if (used) {
          const unit = findIn(m.units, used.unitId, 'Unit')
          throw new AppError(
            'CONFLICT',
            `${unit.name} has registrations or proposals; deactivate it instead.`,
            { unitId: unit.id }
          )
        }
        const removed = m.units.filter((u) => gone.has(u.id)).map(plain)
        m.units = m.units.filter((u) => !gone.has(u.id))
        return {
          value: { deleted: removed.length },
          entityId: removed.length === 1 ? (removed[0] as Unit).id : '',
          subject: removed
            .map((u) => u.name)
            .join(', ')
            .slice(0, 300),
          changes: removed.length === 1 ? diffFields(removed[0], undefined) : []
        }
      }),

    listEmulationTitles: () => read().movement.titles,

    createEmulationTitle: (raw) => {
      const fields = normalizeInput(raw, verbatim)
      required(fields.name, 'name')
      return changes.apply({ entity: 'emulationTitle', action: 'create' }, (draft) => {
        const title: EmulationTitle = { ...fields, id: ctx.newId() }
        draft.movement.titles.push(title)
        return {
          value: title,
          entityId: title.id,
          subject: title.name,
          changes: diffFields(undefined, title)
        }
      })
    },

    updateEmulationTitle: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim)
      required(patch.name, 'name')
      return changes.apply({ entity: 'emulationTitle', action: 'update' }, (draft) => {
        const title = findIn(draft.movement.titles, id, 'Emulation title')
        const before = plain(title)
        Object.assign(title, patch)
        return {
          value: plain(title),
          entityId: id,
          subject: title.name,
          changes: diffFields(before, plain(title))
        }
      })
    },

    listMovements: () => [...read().movement.movements].sort((a, b) => b.fromYear - a.fromYear),

    createMovement: (raw) => {
      const fields = normalizeInput(raw, verbatim) as MovementFields
      required(fields.title, 'title')
      return changes.apply({ entity: 'movement', action: 'create' }, (draft) => {
        const at = now()
        const movement: Movement = {
          ...fields,
          targets: withTargetIds(fields.targets),
          id: ctx.newId(),
          createdAt: at,
          updatedAt: at
        }
        checkMovement(draft, movement)
        draft.movement.movements.push(movement)
        return {
          value: movement,
          entityId: movement.id,
          subject: movement.title,
          changes: diffFields(undefined, movement)
        }
      })
    },

    updateMovement: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim) as Partial<MovementFields>
      required(patch.title, 'title')
      return changes.apply({ entity: 'movement', action: 'update' }, (draft) => {
        const movement = findIn(draft.movement.movements, id, 'Movement')
        const before = plain(movement)
        const { targets, ...rest } = patch
        Object.assign(movement, rest, { updatedAt: now() })
        if (targets) movement.targets = withTargetIds(targets)
        checkMovement(draft, movement)
        const after = plain(movement)
        return {
          value: after,
          entityId: id,
          subject: after.title,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteMovement: ({ id }) =>
      changes.apply({ entity: 'movement', action: 'delete' }, (draft) => {
        const movement = plain(findIn(draft.movement.movements, id, 'Movement'))
        draft.movement.movements = draft.movement.movements.filter((m) => m.id !== id)
        return {
          value: { deleted: 1 },
          entityId: id,
          subject: movement.title,
          changes: diffFields(movement, undefined)
        }
      }),

    listRegistrations: ({ year }) => read().movement.registrations.filter((r) => r.year === year),

    saveRegistration: (raw) => {
      const input = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'registration', action: 'save' }, (draft) => {
        const m = draft.movement
        const unit = findIn(m.units, input.unitId, 'Unit')
        const title = findIn(m.titles, input.titleId, 'Emulation title')
        const personName = input.personName ?? ''
        if (title.subject === 'individual' && personName === '')
          throw new AppError('INVALID_ARGUMENT', 'personName: who registers for this title?', {
            issues: [{ path: ['personName'], message: 'required' }]
          })
        const same = (r: Registration) =>
          r.year === input.year &&
          r.unitId === input.unitId &&
          r.titleId === input.titleId &&
          r.personName === personName
        let reg = input.id
          ? findIn(m.registrations, input.id, 'Registration')
          : m.registrations.find(same)
        if (reg && input.id && m.registrations.some((r) => r.id !== reg?.id && same(r)))
          throw new AppError(
            'CONFLICT',
            `personName: ${personName} is already registered for ${title.name} in ${input.year}`,
            { issues: [{ path: ['personName'], message: 'already registered' }] }
          )
        const before = reg ? plain(reg) : undefined
        if (!reg) {
          reg = {
            id: ctx.newId(),
            year: input.year,
            unitId: unit.id,
            titleId: title.id,
            personName,
            result: 'pending',
            reason: '',
            updatedAt: now()
          } satisfies Registration
          m.registrations.push(reg)
        }
        Object.assign(reg, { year: input.year, unitId: unit.id, titleId: title.id, personName })
        if (input.result !== undefined) reg.result = input.result
        if (input.reason !== undefined) reg.reason = input.reason
        if (input.result === 'achieved') reg.reason = input.reason ?? ''
        reg.updatedAt = now()
        const after = plain(reg)
        return {
          value: after,
          entityId: after.id,
          subject: `${input.year} ${unit.name}: ${title.name}${personName ? ` (${personName})` : ''}`,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteRegistration: ({ id }) =>
      changes.apply({ entity: 'registration', action: 'delete' }, (draft) => {
        const reg = plain(findIn(draft.movement.registrations, id, 'Registration'))
        draft.movement.registrations = draft.movement.registrations.filter((r) => r.id !== id)
        return {
          value: { deleted: 1 },
          entityId: id,
          subject: `${reg.year}`,
          changes: diffFields(reg, undefined)
        }
      }),

    listHouseholdTallies: ({ year }) => read().movement.tallies.filter((t) => t.year === year),

    listMovementRecords: ({ fromYear, toYear }) => {
      const within = (x: { year: number }) => x.year >= fromYear && x.year <= toYear
      const m = read().movement
      return { registrations: m.registrations.filter(within), tallies: m.tallies.filter(within) }
    },

    saveHouseholdTally: (raw) => {
      const input = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'registration', action: 'tally' }, (draft) => {
        const m = draft.movement
        const unit = findIn(m.units, input.unitId, 'Unit')
        let tally = m.tallies.find((t) => t.year === input.year && t.unitId === input.unitId)
        const before = tally ? plain(tally) : undefined
        if (!tally) {
          tally = {
            id: ctx.newId(),
            year: input.year,
            unitId: unit.id,
            households: unit.households ?? 0,
            titled: 0,
            names: [],
            updatedAt: now()
          } satisfies HouseholdTally
          m.tallies.push(tally)
        }
        if (input.households !== undefined) tally.households = input.households
        if (input.names !== undefined) {
          tally.names = input.names.filter((n) => n !== '')
          tally.titled = tally.names.length
        } else if (input.titled !== undefined) {
          tally.titled = input.titled
          tally.names = []
        }
        if (tally.titled > tally.households)
          throw new AppError(
            'INVALID_ARGUMENT',
            `titled: ${tally.titled} titled households in ${unit.name}, which has ${tally.households}`,
            { issues: [{ path: ['titled'], message: 'more than the households' }] }
          )
        tally.updatedAt = now()
        const after = plain(tally)
        return {
          value: after,
          entityId: after.id,
          subject: `${input.year} ${unit.name}: ${after.titled}/${after.households}`,
          changes: diffFields(before, after).filter(
            (c) => c.field !== 'updatedAt' && c.field !== 'names'
          )
        }
      })
    },

    ...progressHandlers(deps),
    ...movementPaperHandlers(deps)
  }
}
