import type { Decision, Honoree } from '../../shared/honours/entities'
import { releaseHonoreeFromRounds } from '../agenda'
import { honoreeKinds } from '../../shared/honours/entities'
import type { honoursMethodNames } from '../../shared/honours/method-names'
import type { DecisionFields } from '../../shared/honours/contract'
import { AppError } from '../../shared/result'
import { matchesSearch, searchKey } from '../../shared/text'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { defaultAwardForms, ensureAwardForms } from '../schema/default-award-forms'
import { assertDraft, decisionLabel, issueDecisionIn, newDraftDecision } from './decisions'
import { honoursDocumentHandlers } from './honours-documents'
import { recordCertificatePrints, voidRegisterEntryIn } from './register'
import { registerXlsx } from './register-xlsx'
import { nameLine } from '../../shared/honours/wording'

/** Detaches a value from the immer draft it was read from. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const verbatim = new Set([
  'id',
  'eventId',
  'delegateId',
  'awardFormId',
  'collective',
  'individual',
  'household'
])

export { defaultLegalBases } from './decisions'

export function honoursHandlers(deps: FeatureDeps): HandlerGroup<typeof honoursMethodNames> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  const findIn = <T extends { id: string }>(list: readonly T[], id: string, what: string): T => {
    const found = list.find((x) => x.id === id)
    if (!found) throw new AppError('NOT_FOUND', `${what} ${id} not found.`)
    return found
  }
  const assertEvent = (data: DatabaseData, eventId: string) => findIn(data.events, eventId, 'Event')

  /** Decisions already issued that name the honoree. */
  const issuedDecisionsOf = (data: DatabaseData, honoreeId: string) =>
    data.honours.decisions.filter(
      (d) => d.status === 'issued' && honoreeKinds.some((k) => d.honoreeIds[k].includes(honoreeId))
    )

  const checkHonoree = (data: DatabaseData, eventId: string, h: Partial<Honoree>) => {
    if (h.name !== undefined && h.name.trim() === '')
      throw new AppError('INVALID_ARGUMENT', 'name: the name is required', {
        issues: [{ path: ['name'], message: 'required' }]
      })
    if (h.delegateId) {
      const delegate = data.delegates.delegates.find((d) => d.id === h.delegateId)
      if (!delegate || delegate.eventId !== eventId)
        throw new AppError('NOT_FOUND', `Delegate ${h.delegateId} not found in this event.`)
    }
  }

  /** Honorees in a decision must belong to its event, appear once, and sit in their kind's group. */
  const checkDecisionHonorees = (data: DatabaseData, decision: Decision) => {
    const seen = new Set<string>()
    for (const kind of honoreeKinds)
      for (const hid of decision.honoreeIds[kind]) {
        const h = data.honours.honorees.find((x) => x.id === hid)
        if (!h || h.eventId !== decision.eventId)
          throw new AppError('NOT_FOUND', `Honoree ${hid} not found in this event.`)
        if (h.kind !== kind)
          throw new AppError('INVALID_ARGUMENT', `${h.name} is not in the ${kind} group.`)
        if (seen.has(hid))
          throw new AppError('CONFLICT', `${h.name} appears twice in the decision.`)
        seen.add(hid)
      }
  }

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
    },

    listAwardForms: () => {
      const forms = read().honours.awardForms
      return (forms.length > 0 ? [...forms] : defaultAwardForms()).sort((a, b) => a.rank - b.rank)
    },

    createAwardForm: (raw) => {
      const fields = normalizeInput(raw, verbatim)
      if (fields.name === '') throw new AppError('INVALID_ARGUMENT', 'name: the name is required')
      return changes.apply({ entity: 'awardForm', action: 'create' }, (draft) => {
        ensureAwardForms(draft.honours)
        const form = { ...fields, id: ctx.newId() }
        draft.honours.awardForms.push(form)
        return {
          value: form,
          entityId: form.id,
          subject: form.name,
          changes: diffFields(undefined, form)
        }
      })
    },

    updateAwardForm: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim)
      if (patch.name === '') throw new AppError('INVALID_ARGUMENT', 'name: the name is required')
      return changes.apply({ entity: 'awardForm', action: 'update' }, (draft) => {
        ensureAwardForms(draft.honours)
        const form = findIn(draft.honours.awardForms, id, 'Award form')
        const before = plain(form)
        Object.assign(form, patch)
        const after = plain(form)
        return {
          value: after,
          entityId: id,
          subject: after.name,
          changes: diffFields(before, after)
        }
      })
    },

    deleteAwardForm: ({ id }) =>
      changes.apply({ entity: 'awardForm', action: 'delete' }, (draft) => {
        ensureAwardForms(draft.honours)
        const form = findIn(draft.honours.awardForms, id, 'Award form')
        const used =
          draft.honours.decisions.some((d) => d.awardFormId === id) ||
          draft.honours.register.some((e) => e.awardFormId === id)
        if (used)
          throw new AppError(
            'CONFLICT',
            `${form.name} is used by a decision; deactivate it instead.`
          )
        const before = plain(form)
        draft.honours.awardForms = draft.honours.awardForms.filter((f) => f.id !== id)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: before.name,
          changes: diffFields(before, undefined)
        }
      }),

    listDecisions: ({ eventId }) => {
      const data = read()
      assertEvent(data, eventId)
      return data.honours.decisions.filter((d) => d.eventId === eventId)
    },

    createDecision: ({ eventId, fields: raw }) => {
      const fields = normalizeInput(raw ?? {}, verbatim) as Partial<DecisionFields>
      return changes.apply({ entity: 'decision', action: 'create' }, (draft) => {
        const decision = newDraftDecision(draft, { eventId, id: ctx.newId(), now: now(), fields })
        checkDecisionHonorees(draft, decision)
        draft.honours.decisions.push(decision)
        return {
          value: decision,
          entityId: decision.id,
          subject: decisionLabel(decision),
          changes: diffFields(undefined, decision)
        }
      })
    },

    updateDecision: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'decision', action: 'update' }, (draft) => {
        const decision = findIn(draft.honours.decisions, id, 'Decision')
        assertDraft(decision)
        if (patch.awardFormId) findIn(draft.honours.awardForms, patch.awardFormId, 'Award form')
        const before = plain(decision)
        Object.assign(decision, patch, { updatedAt: now() })
        checkDecisionHonorees(draft, decision)
        const after = plain(decision)
        return {
          value: after,
          entityId: id,
          subject: decisionLabel(after),
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteDecision: ({ id }) =>
      changes.apply({ entity: 'decision', action: 'delete' }, (draft) => {
        const decision = findIn(draft.honours.decisions, id, 'Decision')
        assertDraft(decision)
        const before = plain(decision)
        draft.honours.decisions = draft.honours.decisions.filter((d) => d.id !== id)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: decisionLabel(before),
          changes: diffFields(before, undefined)
        }
      }),

    issueDecision: async ({ id }) => {
      const issued = await changes.apply(
        { entity: 'decision', action: 'issue', durable: true, undoable: false },
        (draft) => {
          const decision = issueDecisionIn(draft, id, {
            now: now(),
            operator: draft.settings.operatorName,
            newId: ctx.newId
          })
          const after = plain(decision)
          return {
            value: after,
            entityId: id,
            subject: decisionLabel(after),
            changes: [{ field: 'status', before: 'draft', after: 'issued' }]
          }
        }
      )
      return issued
    },

    listRegister: (query) => filterRegister(read(), query),

    voidRegisterEntry: async ({ id, reason }) => {
      const voided = { entity: 'register', action: 'void', undoable: false } as const
      const entry = await changes.apply(voided, (draft) => {
        const e = plain(voidRegisterEntryIn(draft, { entryId: id, reason: normalizeInput(reason) }))
        return {
          value: e,
          entityId: id,
          subject: `${e.registerNumber} ${e.nameLine}`,
          changes: [{ field: 'status', before: 'active', after: 'void' }]
        }
      })
      return entry
    },

    recordRegisterPrints: ({ printed, spoiled, reprintReason, batchId }) =>
      changes.apply({ entity: 'register', action: 'print' }, (draft) => {
        const counts = recordCertificatePrints(draft, {
          printed,
          spoiled: spoiled.map((s) => ({ entryId: s.entryId, reason: normalizeInput(s.reason) })),
          reprintReason: normalizeInput(reprintReason),
          batchId,
          operator: draft.settings.operatorName,
          at: now()
        })
        const touched = new Set([...printed, ...spoiled.map((s) => s.entryId)])
        const entries = draft.honours.register.filter((e) => touched.has(e.id)).map(plain)
        return {
          value: entries,
          entityId: entries.length === 1 ? (entries[0]?.id ?? '') : (entries[0]?.decisionId ?? ''),
          subject: entries
            .map((e) => e.registerNumber)
            .join(', ')
            .slice(0, 300),
          changes: [{ field: 'prints', before: null, after: counts }]
        }
      }),

    exportRegister: (query) => registerXlsx(read(), filterRegister(read(), query), ctx.clock.now()),

    ...honoursDocumentHandlers(deps)
  }
}

/** The register, newest year first, then award form rank, then number; optionally searched. */
export function filterRegister(
  data: DatabaseData,
  { eventId, query }: { eventId?: string; query?: string }
) {
  const decisionEvent = new Map(data.honours.decisions.map((d) => [d.id, d.eventId]))
  const rank = new Map(data.honours.awardForms.map((f) => [f.id, f.rank]))
  const q = (query ?? '').trim()
  return data.honours.register
    .filter((e) => !eventId || decisionEvent.get(e.decisionId) === eventId)
    .filter((e) => q === '' || matchesSearch(searchKey(`${e.nameLine} ${e.registerNumber}`), q))
    .slice()
    .sort(
      (a, b) =>
        b.year - a.year ||
        (rank.get(a.awardFormId) ?? 0) - (rank.get(b.awardFormId) ?? 0) ||
        a.seq - b.seq
    )
}
