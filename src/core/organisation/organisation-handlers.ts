import { current } from 'immer'
import type { Organisation, Settings } from '@shared/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { assertDrawableImage } from '../images'

type OrganisationHandlers = Pick<
  Handlers,
  'getOrganisation' | 'updateOrganisation' | 'getSettings' | 'updateSettings'
>

function checkSigners(signers: Organisation['signers']): void {
  const seen = new Set<string>()
  signers.forEach((s, i) => {
    if (seen.has(s.id)) {
      throw new AppError('INVALID_ARGUMENT', `signers.${i}.id: duplicate signer id "${s.id}"`, {
        issues: [{ path: ['signers', String(i), 'id'], message: 'duplicate signer id' }]
      })
    }
    seen.add(s.id)
  })
}

export function organisationHandlers({ read, changes }: FeatureDeps): OrganisationHandlers {
  return {
    getOrganisation: () => read().organisation,
    updateOrganisation: (rawPatch) => {
      const patch = normalizeInput(rawPatch)
      if (patch.signers) checkSigners(patch.signers)
      assertDrawableImage(patch.logo, 'logo')
      return changes.apply({ entity: 'organisation', action: 'update' }, (draft) => {
        // current(): plain copies; a spread would keep nested drafts that die with the change.
        const before = current(draft.organisation)
        Object.assign(draft.organisation, patch)
        const after: Organisation = current(draft.organisation)
        return {
          value: after,
          entityId: 'organisation',
          subject: Object.keys(patch).join(', '),
          changes: diffFields(before, after).map((c) =>
            c.field === 'logo' ? { field: 'logo', before: !!c.before, after: !!c.after } : c
          )
        }
      })
    },
    getSettings: () => read().settings,
    updateSettings: (rawPatch) => {
      const patch = normalizeInput(rawPatch)
      // The screen's language is how the user looks at the data, not a change to undo.
      const preference = Object.keys(patch).every((key) => key === 'uiLanguage')
      const meta = { entity: 'settings', action: 'update' } as const
      return changes.apply(preference ? { ...meta, remembered: false } : meta, (draft) => {
        const before = current(draft.settings)
        Object.assign(draft.settings, patch)
        const after: Settings = current(draft.settings)
        return {
          value: after,
          entityId: 'settings',
          subject: Object.keys(patch).join(', '),
          changes: diffFields(before, after)
        }
      })
    }
  }
}
