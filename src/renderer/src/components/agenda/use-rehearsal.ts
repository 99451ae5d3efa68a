import { computed } from 'vue'
import { computeSchedule, type ClockItem, type Schedule } from '@shared/agenda/clock'
import type { AgendaItem, VoteResult } from '@shared/agenda/entities'
import { rehearsalStep, withRehearsalTimes } from '@shared/agenda/rehearsal'
import { useAgenda } from '../../queries/agenda'
import { useAgendaStore } from '../../stores/agenda'
import { createRehearsalSync, idleRehearsal } from './rehearsal-sync'

function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

const sync = createRehearsalSync({
  storage: sessionStore(),
  channel: typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('dais-rehearsal'),
  now: () => Date.now()
})

/**
 * The event's rehearsal in this window, shared by every panel of it and followed by the presenter
 * view: its own start times and votes, none of which reach the event's data.
 */
export function useRehearsal(eventId: () => string) {
  const state = computed(() => sync.stateOf(eventId()).value)
  const save = (next: { times?: typeof state.value.times; votes?: typeof state.value.votes }) =>
    sync.set(eventId(), {
      active: true,
      times: next.times ?? state.value.times,
      votes: next.votes ?? state.value.votes
    })
  return {
    active: computed(() => state.value.active),
    times: computed(() => state.value.times),
    votes: computed(() => state.value.votes),
    /** Starts (or starts over) a rehearsal with no item started and no vote recorded. */
    start: () => sync.set(eventId(), { ...idleRehearsal(), active: true }),
    stop: () => sync.set(eventId(), idleRehearsal()),
    next: (items: readonly ClockItem[], wall: string) =>
      save({ times: rehearsalStep(items, state.value.times, wall) }),
    /** Records (or, with null, clears) an item's vote in the rehearsal only. */
    recordVote: (itemId: string, vote: VoteResult | null) => {
      const votes = { ...state.value.votes }
      if (vote) votes[itemId] = vote
      else delete votes[itemId]
      save({ votes })
    },
    /** The item as the rehearsal sees it: its vote in place of the real one. */
    withVote: (item: AgendaItem): AgendaItem =>
      state.value.active ? { ...item, vote: state.value.votes[item.id] ?? null } : item
  }
}

/**
 * The programme of the open event as a live view shows it: the rehearsal's items and times of
 * the day while one runs in this window, the real run's otherwise.
 */
export function useRunView(eventId: () => string) {
  const store = useAgendaStore()
  const agenda = useAgenda()
  const rehearsal = useRehearsal(eventId)
  const items = computed(() =>
    rehearsal.active.value
      ? withRehearsalTimes(agenda.items.value, rehearsal.times.value)
      : agenda.items.value
  )
  const schedule = computed<Schedule | null>(() => {
    if (!rehearsal.active.value) return agenda.schedule.value
    const e = store.event
    if (!e || !agenda.overview.value) return null
    return computeSchedule({
      date: e.date,
      startTime: e.startTime,
      plannedEnd: agenda.overview.value.settings.plannedEnd,
      items: items.value,
      now: store.now
    })
  })
  return { agenda, rehearsal, items, schedule }
}
