import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useDelegateCategories } from '../../queries/cards'
import { useDelegateList } from '../../queries/delegates'

/**
 * Who gets an invitation or an envelope label: every delegate of the event, or those of one
 * category (the guests, say). `delegateIds` is undefined for everyone, as the contract takes it.
 */
export function useInvitees(eventId: MaybeRefOrGetter<string>) {
  const delegates = useDelegateList(() => toValue(eventId))
  const categories = useDelegateCategories(() => toValue(eventId))
  /** '' for everyone, else a category id. */
  const categoryId = ref('')
  const chosen = computed(() => {
    const all = delegates.data.value ?? []
    return categoryId.value === '' ? all : all.filter((d) => d.categoryId === categoryId.value)
  })
  const options = computed(() =>
    (categories.data.value ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      count: (delegates.data.value ?? []).filter((d) => d.categoryId === c.id).length
    }))
  )
  return {
    categoryId,
    options,
    total: computed(() => delegates.data.value?.length ?? 0),
    count: computed(() => chosen.value.length),
    delegateIds: computed(() =>
      categoryId.value === '' || chosen.value.length === 0
        ? undefined
        : chosen.value.map((d) => d.id)
    )
  }
}
