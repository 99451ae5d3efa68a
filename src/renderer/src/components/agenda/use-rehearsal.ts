import { computed, ref, watch } from 'vue'
import type { ClockItem } from '../../../../shared/agenda/clock'
import { rehearsalStep, type RehearsalTimes } from '../../../../shared/agenda/rehearsal'

interface RehearsalState {
  active: boolean
  times: RehearsalTimes
}

const idle = (): RehearsalState => ({ active: false, times: {} })

/**
 * A rehearsal of the live run, kept in this window's session storage (it survives a reload, not
 * the window): nothing of it reaches the event's data, its audit log or its timeline.
 */
export function useRehearsal(eventId: () => string) {
  const storageKey = () => `dais-rehearsal-${eventId()}`
  const read = (): RehearsalState => {
    try {
      const raw = sessionStorage.getItem(storageKey())
      const parsed = raw ? (JSON.parse(raw) as Partial<RehearsalState>) : null
      return parsed?.active === true && typeof parsed.times === 'object' && parsed.times
        ? { active: true, times: parsed.times }
        : idle()
    } catch {
      return idle()
    }
  }
  const state = ref<RehearsalState>(read())
  watch(eventId, () => (state.value = read()))
  const save = (next: RehearsalState) => {
    state.value = next
    if (next.active) sessionStorage.setItem(storageKey(), JSON.stringify(next))
    else sessionStorage.removeItem(storageKey())
  }
  return {
    active: computed(() => state.value.active),
    times: computed(() => state.value.times),
    /** Starts (or starts over) a rehearsal with no item started. */
    start: () => save({ active: true, times: {} }),
    stop: () => save(idle()),
    next: (items: readonly ClockItem[], wall: string) =>
      save({ active: true, times: rehearsalStep(items, state.value.times, wall) })
  }
}
