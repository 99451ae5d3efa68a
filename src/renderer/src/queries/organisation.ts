import { useQuery, type QueryCache } from '@pinia/colada'
import { computed, watch } from 'vue'
import type { Organisation } from '@shared/entities'
import { api } from '../api'
import { useOrganisationStore } from '../stores/organisation'
import { keys } from './keys'

const organisationQuery = { key: keys.organisation(), query: () => api.getOrganisation({}) }
const settingsQuery = { key: keys.settings(), query: () => api.getSettings({}) }

/** The organisation's profile as saved: header lines, place, symbol, signers, logo. */
export function useOrganisation() {
  return useQuery(organisationQuery)
}

/** The app's settings (operator name, UI language). */
export function useSettings() {
  return useQuery(settingsQuery)
}

/** The saved profile, from the cache while it is fresh, else read now. */
export async function readOrganisation(cache: QueryCache): Promise<Organisation> {
  const state = await cache.refresh(cache.ensure(organisationQuery))
  if (state.status !== 'success') throw state.error
  return state.data
}

/**
 * The organisation screen: the saved profile and settings, and the store's draft of them. The
 * draft follows a new answer (a change in another window, an undo) only while it holds no unsaved
 * edit; opening the screen always starts from what is saved.
 */
export function useOrganisationForm() {
  const store = useOrganisationStore()
  const organisation = useOrganisation()
  const settings = useSettings()
  watch(
    organisation.data,
    (next, previous) => {
      if (next) store.adoptOrganisation(next, previous)
    },
    { immediate: true }
  )
  watch(
    settings.data,
    (next, previous) => {
      if (next) store.adoptSettings(next, previous)
    },
    { immediate: true }
  )
  return { store, error: computed(() => organisation.error.value ?? settings.error.value) }
}
