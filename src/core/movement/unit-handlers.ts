import type { Unit } from '@shared/movement/entities'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { findIn } from './find-in'
import { plain, required, verbatim } from './handler-kit'
import { refuseIfUsed, unitUses } from './record-uses'
import type { MovementGroup } from './movement-group'

/** The ward's units: kept once by the organisation, used by every year. */
export function unitHandlers(
  deps: FeatureDeps
): MovementGroup<'listUnits' | 'createUnit' | 'updateUnit' | 'deleteUnits'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
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
        for (const id of ids) {
          const unit = findIn(m.units, id, 'Unit')
          refuseIfUsed(unit.name, unitUses(draft, id))
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
      })
  }
}
