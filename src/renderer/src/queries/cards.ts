import { useQuery } from '@pinia/colada'
import { toValue, type MaybeRefOrGetter } from 'vue'
import type { DocumentKind } from '@shared/certificates/records'
import { api } from '../api'
import { keys } from './keys'

/** The templates of one document kind (delegate cards, name tents), shipped ones first. */
export function useTemplatesOfKind(kind: DocumentKind) {
  return useQuery({
    key: () => keys.templatesOfKind(kind),
    query: () => api.listTemplates({ kind })
  })
}

/** The event's delegate categories with their card colours. */
export function useDelegateCategories(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.delegateCategories(toValue(eventId)),
    query: () => api.listDelegateCategories({ eventId: toValue(eventId) })
  })
}

/** What the event's invitations say (number, time, place, …). */
export function useInvitationSettings(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.invitationSettings(toValue(eventId)),
    query: () => api.getInvitationSettings({ eventId: toValue(eventId) })
  })
}

/** The common A4 label sheets Dais knows. */
export function useLabelSheets() {
  return useQuery({ key: () => keys.labelSheets(), query: () => api.listLabelSheets({}) })
}
