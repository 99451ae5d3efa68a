import type { HouseholdTally } from '@shared/movement/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { findIn } from './find-in'
import { plain, verbatim } from './handler-kit'
import type { MovementGroup } from './movement-group'

/** The residential groups' household tallies: how many households, how many titled, by name. */
export function tallyHandlers(
  deps: FeatureDeps
): MovementGroup<'listHouseholdTallies' | 'saveHouseholdTally'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
    listHouseholdTallies: ({ year }) => read().movement.tallies.filter((t) => t.year === year),

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
    }
  }
}
