import type { EmulationTitle } from '@shared/movement/entities'
import { AppError } from '@shared/result'
import { duplicateKey } from '@shared/text'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { findIn } from './find-in'
import { plain, required, verbatim } from './handler-kit'
import type { MovementGroup } from './movement-group'
import { refuseIfUsed, titleUses } from './record-uses'

/** Two titles of the same subject may not share a name (as they would read on a paper). */
function refuseSameName(data: DatabaseData, title: EmulationTitle) {
  const key = duplicateKey(title.name)
  const other = data.movement.titles.find(
    (x) => x.id !== title.id && x.subject === title.subject && duplicateKey(x.name) === key
  )
  if (other)
    throw new AppError('INVALID_ARGUMENT', `name: "${other.name}" is already in the list`, {
      issues: [{ path: ['name'], message: 'already in the list' }]
    })
}

/**
 * The annual titles units register for: the user's list, with defaults. A title in use is never
 * deleted (registrations and targets name it); it is retired (`active: false`) instead.
 */
export function titleHandlers(
  deps: FeatureDeps
): MovementGroup<
  'listEmulationTitles' | 'createEmulationTitle' | 'updateEmulationTitle' | 'deleteEmulationTitle'
> {
  const { read, changes, ctx } = deps
  return {
    listEmulationTitles: () => read().movement.titles,

    createEmulationTitle: (raw) => {
      const fields = normalizeInput(raw, verbatim)
      required(fields.name, 'name')
      return changes.apply({ entity: 'emulationTitle', action: 'create' }, (draft) => {
        const title: EmulationTitle = { ...fields, id: ctx.newId() }
        refuseSameName(draft, title)
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
        if (patch.subject !== undefined && patch.subject !== title.subject)
          refuseIfUsed(title.name, titleUses(draft, id))
        Object.assign(title, patch)
        refuseSameName(draft, title)
        return {
          value: plain(title),
          entityId: id,
          subject: title.name,
          changes: diffFields(before, plain(title))
        }
      })
    },

    deleteEmulationTitle: ({ id }) =>
      changes.apply({ entity: 'emulationTitle', action: 'delete' }, (draft) => {
        const title = plain(findIn(draft.movement.titles, id, 'Emulation title'))
        refuseIfUsed(title.name, titleUses(draft, id))
        draft.movement.titles = draft.movement.titles.filter((x) => x.id !== id)
        return {
          value: { deleted: 1 },
          entityId: id,
          subject: title.name,
          changes: diffFields(title, undefined)
        }
      })
  }
}
