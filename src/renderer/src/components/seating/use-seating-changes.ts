import { useQueryCache } from '@pinia/colada'
import { ref } from 'vue'
import type { HallLayout, HallPlan, SeatPlace } from '@shared/seating/entities'
import type { SeatsAssigned } from '@shared/seating/contract'
import { api } from '../../api'
import { keys } from '../../queries/keys'
import { useNotify } from '../../use-notify'

/**
 * The seating plan's changes: each answer goes into the cache at once, and the delegates (whose
 * seat labels the plan rewrites) are read again.
 */
export function useSeatingChanges(eventId: () => string) {
  const cache = useQueryCache()
  const notify = useNotify()
  const busy = ref(false)

  const show = (plan: HallPlan) => {
    cache.setQueryData(keys.hallPlan(eventId()), plan)
    void cache.invalidateQueries({ key: keys.delegates(eventId()) })
  }
  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    busy.value = true
    try {
      return await work()
    } catch (error) {
      notify.error(error)
      return null
    } finally {
      busy.value = false
    }
  }

  return {
    busy,
    async create(): Promise<HallPlan | null> {
      return run(async () => {
        const layout = await api.suggestHallLayout({ eventId: eventId() })
        const plan = await api.saveHallLayout({ eventId: eventId(), layout })
        show(plan)
        return plan
      })
    },
    async saveLayout(layout: HallLayout): Promise<HallPlan | null> {
      return run(async () => {
        const plan = await api.saveHallLayout({ eventId: eventId(), layout })
        show(plan)
        return plan
      })
    },
    async assign(keepManual: boolean): Promise<SeatsAssigned | null> {
      return run(async () => {
        const result = await api.assignSeats({ eventId: eventId(), keepManual })
        show(result.plan)
        return result
      })
    },
    async move(delegateId: string, to: SeatPlace | null): Promise<HallPlan | null> {
      return run(async () => {
        const plan = await api.moveSeat({ eventId: eventId(), delegateId, to })
        show(plan)
        return plan
      })
    }
  }
}
