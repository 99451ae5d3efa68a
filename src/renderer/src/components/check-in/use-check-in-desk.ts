import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import type { CheckInOutcome, PersonAtDesk } from '@shared/attendance/entities'
import { parseCheckInCode } from '@shared/cards/check-in-code'
import { api } from '../../api'
import { useCheckInSearch } from '../../queries/attendance'

const deskKey = 'dais.checkInDesk'

/** A code a scanner typed, or what looks like one half-typed ("12-", digits and a dash). */
const codeLike = (text: string) => parseCheckInCode(text) !== null || /^\s*\d+\s*-/.test(text)

/**
 * The desk's state: what is typed, the matches for a name, the last answer. Every scan is sent at
 * once (the field is cleared first, so a fast scanner's next code is never lost); the answer of
 * the latest scan is the one shown.
 */
export function useCheckInDesk(eventId: () => string, defaultDesk: string) {
  const desk = ref(localStorage.getItem(deskKey) || defaultDesk)
  watch(desk, (name) => localStorage.setItem(deskKey, name))
  const text = ref('')
  const searchText = ref('')
  let searchTimer: ReturnType<typeof setTimeout> | undefined
  watch(text, (value) => {
    clearTimeout(searchTimer)
    if (codeLike(value)) searchText.value = ''
    else searchTimer = setTimeout(() => (searchText.value = value.trim()), 120)
  })
  const search = useCheckInSearch(eventId, searchText)
  const matches = computed(() => (searchText.value.length >= 2 ? (search.data.value ?? []) : []))
  const selected = ref(0)
  watch(matches, () => (selected.value = 0))

  const outcome = shallowRef<CheckInOutcome | null>(null)
  const failure = ref<unknown>(null)
  let sent = 0

  async function run(call: () => Promise<CheckInOutcome>, typed: string): Promise<void> {
    const mine = ++sent
    try {
      const answer = await call()
      if (mine !== sent) return
      outcome.value = answer
      failure.value = null
    } catch (error) {
      if (mine !== sent) return
      failure.value = error
      // Nothing was recorded: give the code back to try again.
      if (text.value === '') text.value = typed
    }
  }

  /** Enter: a code checks in; a name checks in the chosen match. */
  function submit(): void {
    const typed = text.value
    if (typed.trim() === '') return
    if (codeLike(typed) || matches.value.length === 0) {
      text.value = ''
      scan(typed)
      return
    }
    const chosen = matches.value[selected.value]
    if (chosen) checkInDelegate(chosen.delegateId)
  }

  /** A card's code, typed by a USB scanner or read by the camera: the same check-in either way. */
  function scan(code: string): void {
    searchText.value = ''
    void run(() => api.checkIn({ eventId: eventId(), desk: desk.value, code }), code)
  }

  function checkInDelegate(delegateId: string): void {
    const typed = text.value
    text.value = ''
    searchText.value = ''
    void run(() => api.checkIn({ eventId: eventId(), desk: desk.value, delegateId }), typed)
  }

  function move(step: 1 | -1): void {
    const n = matches.value.length
    if (n > 0) selected.value = (selected.value + step + n) % n
  }

  /** Takes back what the last answer wrote (a check-in or a check-out). */
  function undo(): void {
    const entryId = outcome.value?.entryId ?? outcome.value?.delegate?.entryId
    if (!entryId) return
    void run(() => api.undoCheckIn({ eventId: eventId(), desk: desk.value, entryId }), '')
  }

  function checkOut(): void {
    const delegateId = outcome.value?.delegate?.delegateId
    if (!delegateId) return
    void run(() => api.checkOut({ eventId: eventId(), desk: desk.value, delegateId }), '')
  }

  const addGuest = (guest: PersonAtDesk) =>
    run(() => api.addGuest({ eventId: eventId(), desk: desk.value, guest }), '')
  const addSubstitute = (replacedId: string, substitute: PersonAtDesk) =>
    run(
      () => api.addSubstitute({ eventId: eventId(), desk: desk.value, replacedId, substitute }),
      ''
    )

  return {
    desk,
    text,
    searchText: searchText as Readonly<Ref<string>>,
    matches,
    selected,
    outcome,
    failure,
    submit,
    scan,
    checkInDelegate,
    move,
    undo,
    checkOut,
    addGuest,
    addSubstitute
  }
}
