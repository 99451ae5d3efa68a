import type { Registration } from '@shared/movement/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { findIn } from './find-in'
import { plain, verbatim } from './handler-kit'
import type { MovementGroup } from './movement-group'

/** Each year's registrations with their year-end results; a period's records (with the tallies). */
export function yearRecordHandlers(
  deps: FeatureDeps
): MovementGroup<
  'listRegistrations' | 'saveRegistration' | 'deleteRegistration' | 'listMovementRecords'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
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

    listMovementRecords: ({ fromYear, toYear }) => {
      const within = (x: { year: number }) => x.year >= fromYear && x.year <= toYear
      const m = read().movement
      return { registrations: m.registrations.filter(within), tallies: m.tallies.filter(within) }
    }
  }
}
