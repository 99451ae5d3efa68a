import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { defaultAwardForms, ensureAwardForms } from '../schema/default-award-forms'
import { findIn, plain, verbatim } from './honours-rules'
import type { Handlers } from '../dispatch'

/** The office's award forms (Giấy khen, Bằng khen…), with their ranks. */
export function awardFormHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'listAwardForms' | 'createAwardForm' | 'updateAwardForm' | 'deleteAwardForm'> {
  const { read, changes, ctx } = deps
  return {
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
      })
  }
}
