import type { DecisionFields } from '@shared/honours/contract'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { assertDraft, decisionLabel, issueDecisionIn, newDraftDecision } from './decisions'
import { assertEvent, checkDecisionHonorees, findIn, plain, verbatim } from './honours-rules'
import type { Handlers } from '../dispatch'

/** Decisions: drafted, edited, deleted while drafts, then issued with their register numbers. */
export function decisionHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'listDecisions' | 'createDecision' | 'updateDecision' | 'deleteDecision' | 'issueDecision'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
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
    }
  }
}
