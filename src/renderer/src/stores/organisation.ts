import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import { computed, ref } from 'vue'
import type { Organisation, Settings, Signer } from '@shared/entities'
import { emptyOrganisation } from '@shared/records'
import { api } from '../api'
import { keys } from '../queries/keys'
import { cleanText } from '../text-input'
import { signerBlockOf } from '@shared/text/signer-lines'

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** Normalised copy for saving: clean text, no blank header lines, no empty "on behalf of". */
export function cleanOrganisation(o: Organisation): Organisation {
  const headerLines = o.headerLines.map(cleanText).filter(Boolean)
  const superior = Math.min(o.superiorLineCount ?? 0, Math.max(0, headerLines.length - 1))
  return {
    authorityName: cleanText(o.authorityName),
    headerLines,
    ...(superior > 0 ? { superiorLineCount: superior } : {}),
    placeName: cleanText(o.placeName),
    documentSymbol: cleanText(o.documentSymbol),
    signers: o.signers
      .map((s): Signer => ({
        id: s.id,
        ...signerBlockOf({
          ...s,
          name: cleanText(s.name),
          title: cleanText(s.title),
          collective: cleanText(s.collective ?? ''),
          onBehalfOf: cleanText(s.onBehalfOf ?? '')
        })
      }))
      .filter((s) => s.name || s.title || s.onBehalfOf || s.collective),
    logo: o.logo
  }
}

/**
 * The organisation screen's draft of the profile and the operator name, and the changes that save
 * them. What is saved is read through queries/organisation.ts; `saved` and `settings` are that
 * cache's answers.
 */
export const useOrganisationStore = defineStore('organisation', () => {
  const cache = useQueryCache()
  const saved = computed(() => cache.getQueryData<Organisation>(keys.organisation()) ?? null)
  const settings = computed(() => cache.getQueryData<Settings>(keys.settings()) ?? null)
  const draft = ref<Organisation>(emptyOrganisation())
  const operatorDraft = ref('')
  const saving = ref(false)

  const organisationDirty = computed(
    () => saved.value !== null && JSON.stringify(draft.value) !== JSON.stringify(saved.value)
  )
  const settingsDirty = computed(
    () => settings.value !== null && operatorDraft.value !== settings.value.operatorName
  )
  const dirty = computed(() => organisationDirty.value || settingsDirty.value)

  /** A new saved profile: the draft takes it unless it holds an edit of the `previous` one. */
  function adoptOrganisation(next: Organisation, previous: Organisation | undefined): void {
    if (!previous || JSON.stringify(draft.value) === JSON.stringify(previous))
      draft.value = clone(next)
  }

  function adoptSettings(next: Settings, previous: Settings | undefined): void {
    if (!previous || operatorDraft.value === previous.operatorName)
      operatorDraft.value = next.operatorName
  }

  async function save(): Promise<void> {
    saving.value = true
    try {
      if (organisationDirty.value || saved.value === null) {
        const organisation = await api.updateOrganisation(cleanOrganisation(draft.value))
        draft.value = clone(organisation)
        cache.setQueryData(keys.organisation(), organisation)
      }
      if (settingsDirty.value) {
        const s = await api.updateSettings({ operatorName: cleanText(operatorDraft.value) })
        operatorDraft.value = s.operatorName
        cache.setQueryData(keys.settings(), s)
      }
    } finally {
      saving.value = false
    }
  }

  function discard(): void {
    if (saved.value) draft.value = clone(saved.value)
    if (settings.value) operatorDraft.value = settings.value.operatorName
  }

  /** Switches at once and persists; reverts if the app refuses. */
  async function setLanguage(uiLanguage: Settings['uiLanguage']): Promise<void> {
    const before = settings.value
    if (before) cache.setQueryData(keys.settings(), { ...before, uiLanguage })
    try {
      cache.setQueryData(keys.settings(), await api.updateSettings({ uiLanguage }))
    } catch (error) {
      if (before) cache.setQueryData(keys.settings(), before)
      throw error
    }
  }

  return {
    saved,
    draft,
    settings,
    operatorDraft,
    saving,
    dirty,
    organisationDirty,
    settingsDirty,
    adoptOrganisation,
    adoptSettings,
    save,
    discard,
    setLanguage
  }
})
