import { computed, type WritableComputedRef } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * The open tab kept in the address (`?tab=rosters`, a sub-tab in `?sub=invitations`), so a
 * reload or a shared link returns to it. An unknown or missing value reads as the first tab.
 * Choosing a tab keeps the rest of the query; `clears` names the keys it drops (the sub-tab of a
 * tab left behind).
 */
export function useQueryTab<T extends string>(
  param: string,
  tabs: readonly T[],
  clears: readonly string[] = []
): WritableComputedRef<T> {
  const route = useRoute()
  const router = useRouter()
  return computed<T>({
    get: () => {
      const value = route.query[param]
      return tabs.includes(value as T) ? (value as T) : tabs[0]!
    },
    set: (tab) => {
      const query = { ...route.query, [param]: tab }
      for (const key of clears) delete query[key]
      void router.replace({ query })
    }
  })
}
