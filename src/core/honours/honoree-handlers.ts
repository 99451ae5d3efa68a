import type { Decision, Honoree } from '@shared/honours/entities'
import { releaseHonoreeFromRounds } from '../agenda'
import { honoreeKinds } from '@shared/honours/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { decisionLabel } from './decisions'
import { nameLine } from '@shared/honours/wording'
import {
  assertEvent,
  checkHonoree,
  findIn,
  issuedDecisionsOf,
  plain,
  verbatim
} from './honours-rules'
import type { Handlers } from '../dispatch'

/** Honorees of an event: the collectives, individuals and households proposed for an award. */
export function honoreeHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'listHonorees' | 'createHonoree' | 'updateHonoree' | 'deleteHonorees' | 'listDelegateChoices'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
    listHonorees: ({ eventId }) => {
      const data = read()
      assertEvent(data, eventId)
      return data.honours.honorees.filter((h) => h.eventId === eventId)
    },

    createHonoree: ({ eventId, fields: raw }) => {
      const fields = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'honoree', action: 'create' }, (draft) => {
        assertEvent(draft, eventId)
        checkHonoree(draft, eventId, fields)
        const at = now()
        const honoree: Honoree = {
          ...fields,
          id: ctx.newId(),
          eventId,
          createdAt: at,
          updatedAt: at
        }
        draft.honours.honorees.push(honoree)
        return {
          value: honoree,
          entityId: honoree.id,
          subject: nameLine(honoree),
          changes: diffFields(undefined, honoree)
        }
      })
    },

    updateHonoree: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'honoree', action: 'update' }, (draft) => {
        const honoree = findIn(draft.honours.honorees, id, 'Honoree')
        const issued = issuedDecisionsOf(draft, id)
        if (issued.length > 0 && patch.kind !== undefined && patch.kind !== honoree.kind)
          throw new AppError(
            'FROZEN',
            `The kind cannot change: decision ${decisionLabel(issued[0] as Decision)} is issued.`
          )
        checkHonoree(draft, honoree.eventId, patch)
        const before = plain(honoree)
        if (patch.kind !== undefined && patch.kind !== honoree.kind) {
          // A draft decision keeps the honoree in the group of its new kind.
          for (const d of draft.honours.decisions) {
            const index = d.honoreeIds[honoree.kind].indexOf(id)
            if (index >= 0) {
              d.honoreeIds[honoree.kind].splice(index, 1)
              d.honoreeIds[patch.kind].push(id)
            }
          }
        }
        Object.assign(honoree, patch, { updatedAt: now() })
        const after = plain(honoree)
        return {
          value: after,
          entityId: id,
          subject: nameLine(after),
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteHonorees: async ({ ids, onRounds }) => {
      const data = read()
      for (const id of ids) {
        findIn(data.honours.honorees, id, 'Honoree')
        const issued = issuedDecisionsOf(data, id)
        if (issued.length > 0)
          throw new AppError(
            'FROZEN',
            `Cannot delete an honoree of issued decision ${decisionLabel(issued[0] as Decision)}.`,
            { honoreeId: id }
          )
      }
      if (ids.length >= 20)
        await deps.db.createNamedBackup(`Trước khi xóa ${ids.length} đối tượng khen`)
      const gone = new Set(ids)
      return changes.apply({ entity: 'honoree', action: 'delete' }, (draft) => {
        for (const id of gone) releaseHonoreeFromRounds(draft, id, onRounds ?? 'refuse')
        const removed = draft.honours.honorees.filter((h) => gone.has(h.id)).map(plain)
        draft.honours.honorees = draft.honours.honorees.filter((h) => !gone.has(h.id))
        for (const d of draft.honours.decisions)
          for (const kind of honoreeKinds)
            d.honoreeIds[kind] = d.honoreeIds[kind].filter((hid) => !gone.has(hid))
        return {
          value: { deleted: removed.length },
          entityId: removed.length === 1 ? (removed[0] as Honoree).id : (removed[0]?.eventId ?? ''),
          subject: removed
            .map((h) => nameLine(h))
            .join(', ')
            .slice(0, 300),
          changes: removed.length === 1 ? diffFields(removed[0], undefined) : []
        }
      })
    },

    listDelegateChoices: ({ eventId }) => {
      const data = read()
      assertEvent(data, eventId)
      return data.delegates.delegates
        .filter((d) => d.eventId === eventId)
        .map((d) => ({
          id: d.id,
          fullName: d.fullName,
          gender: d.gender,
          position: d.position,
          unit: d.unit
        }))
    }
  }
}
