import { shallowRef, type Ref } from 'vue'
import type { VoteResult } from '@shared/agenda/entities'
import type { RehearsalTimes } from '@shared/agenda/rehearsal'

/**
 * One event's rehearsal as this window knows it: its items' times and the votes recorded in it.
 * `rev` orders the changes made in different windows (the later one wins).
 */
export interface RehearsalState {
  active: boolean
  times: RehearsalTimes
  votes: Readonly<Record<string, VoteResult>>
  rev: number
}

type Message =
  { type: 'state'; eventId: string; state: RehearsalState } | { type: 'ask'; eventId: string }

interface Channel {
  postMessage(message: Message): void
  onmessage: ((event: MessageEvent) => void) | null
}
type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export const idleRehearsal = (rev = 0): RehearsalState => ({
  active: false,
  times: {},
  votes: {},
  rev
})

const storageKey = (eventId: string) => `dais-rehearsal-${eventId}`

function parse(raw: string | null): RehearsalState | null {
  try {
    const value = raw ? (JSON.parse(raw) as Partial<RehearsalState>) : null
    if (value?.active !== true || typeof value.times !== 'object' || !value.times) return null
    return {
      active: true,
      times: value.times,
      votes: typeof value.votes === 'object' && value.votes ? value.votes : {},
      rev: typeof value.rev === 'number' ? value.rev : 0
    }
  } catch {
    return null
  }
}

/**
 * The rehearsals of this window, kept in its session storage (a reload keeps them, closing the
 * window ends them) and shared with the app's other windows — the presenter view — over a
 * broadcast channel: a window that opens asks, and every change is sent to the others. Nothing of
 * a rehearsal reaches the event's data, its audit log or its timeline.
 */
export function createRehearsalSync(ports: {
  storage: SessionStore | null
  channel: Channel | null
  now: () => number
}) {
  const states = new Map<string, Ref<RehearsalState>>()

  function persist(eventId: string, state: RehearsalState): void {
    try {
      if (state.active) ports.storage?.setItem(storageKey(eventId), JSON.stringify(state))
      else ports.storage?.removeItem(storageKey(eventId))
    } catch {
      // A full or refused session storage only costs surviving a reload.
    }
  }

  function stateOf(eventId: string): Ref<RehearsalState> {
    let state = states.get(eventId)
    if (!state) {
      let stored: RehearsalState | null = null
      try {
        stored = parse(ports.storage?.getItem(storageKey(eventId)) ?? null)
      } catch {
        stored = null
      }
      state = shallowRef(stored ?? idleRehearsal())
      states.set(eventId, state)
      ports.channel?.postMessage({ type: 'ask', eventId })
    }
    return state
  }

  function set(eventId: string, next: Omit<RehearsalState, 'rev'>): void {
    const state = stateOf(eventId)
    // A plain copy: what the panels pass in may be reactive, which a channel cannot send.
    const value = JSON.parse(
      JSON.stringify({ ...next, rev: Math.max(ports.now(), state.value.rev + 1) })
    ) as RehearsalState
    state.value = value
    persist(eventId, value)
    ports.channel?.postMessage({ type: 'state', eventId, state: value })
  }

  if (ports.channel) {
    const channel = ports.channel
    channel.onmessage = (event) => {
      const message = event.data as Message
      const state = states.get(message.eventId)
      if (!state) return
      if (message.type === 'ask') {
        if (state.value.rev > 0)
          channel.postMessage({ type: 'state', eventId: message.eventId, state: state.value })
      } else if (message.type === 'state' && message.state.rev > state.value.rev) {
        state.value = message.state.active ? message.state : idleRehearsal(message.state.rev)
        persist(message.eventId, state.value)
      }
    }
  }

  return { stateOf, set }
}
