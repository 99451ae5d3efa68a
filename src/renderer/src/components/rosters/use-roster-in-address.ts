import { computed, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useRostersStore } from '../../stores/rosters'

/**
 * Keeps the open roster in the address (`?roster=<id>`, beside `?tab=` and `?sub=`), so a reload
 * or a shared link returns to it. The address wins when it names one; otherwise it learns the
 * roster already open. Whether that roster exists is for the rosters query to settle (it falls
 * back to the first), and the address follows.
 */
export function useRosterInAddress(): void {
  const route = useRoute()
  const router = useRouter()
  const store = useRostersStore()
  const asked = computed(() => {
    const id = route.query.roster
    return typeof id === 'string' && id !== '' ? id : null
  })
  watch(
    asked,
    (id) => {
      if (id && id !== store.selectedId) store.selectedId = id
    },
    { immediate: true }
  )
  watch(
    () => store.selectedId,
    (id) => {
      if (id === asked.value) return
      const { roster: _dropped, ...rest } = route.query
      void router.replace({ query: id ? { ...rest, roster: id } : rest })
    },
    { immediate: true }
  )
}
