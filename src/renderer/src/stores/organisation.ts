import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Organisation, Settings, Signer } from '../../../shared/entities'
import { emptyOrganisation } from '../../../shared/records'
import { api } from '../api'
import { cleanText } from '../text-input'
import { signerBlockOf } from '../../../shared/text/signer-lines'

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

export const useOrganisationStore = defineStore('organisation', () => {
  const saved = ref<Organisation | null>(null)
  const draft = ref<Organisation>(emptyOrganisation())
  const settings = ref<Settings | null>(null)
  const operatorDraft = ref('')
  const saving = ref(false)

  const organisationDirty = computed(
    () => saved.value !== null && JSON.stringify(draft.value) !== JSON.stringify(saved.value)
  )
  const settingsDirty = computed(
    () => settings.value !== null && operatorDraft.value !== settings.value.operatorName
  )
  const dirty = computed(() => organisationDirty.value || settingsDirty.value)

  /** Loads the saved profile and settings; keeps the user's unsaved draft unless `force`. */
  async function load(force = false): Promise<void> {
    const keepDraft = dirty.value && !force
    const [organisation, s] = await Promise.all([api.getOrganisation({}), api.getSettings({})])
    saved.value = organisation
    settings.value = s
    if (!keepDraft) {
      draft.value = clone(organisation)
      operatorDraft.value = s.operatorName
    }
  }

  async function loadSettings(): Promise<Settings> {
    const s = await api.getSettings({})
    if (!settingsDirty.value) operatorDraft.value = s.operatorName
    settings.value = s
    return s
  }

  async function save(): Promise<void> {
    saving.value = true
    try {
      if (organisationDirty.value || saved.value === null) {
        const organisation = await api.updateOrganisation(cleanOrganisation(draft.value))
        saved.value = organisation
        draft.value = clone(organisation)
      }
      if (settingsDirty.value) {
        const s = await api.updateSettings({ operatorName: cleanText(operatorDraft.value) })
        settings.value = s
        operatorDraft.value = s.operatorName
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
    if (before) settings.value = { ...before, uiLanguage }
    try {
      settings.value = await api.updateSettings({ uiLanguage })
    } catch (error) {
      settings.value = before
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
    load,
    loadSettings,
    save,
    discard,
    setLanguage
  }
})
