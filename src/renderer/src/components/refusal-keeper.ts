import { computed, inject, provide, shallowReactive, watch, type InjectionKey } from 'vue'

/** A value a NumberField refused, kept after the field left the screen. */
export interface KeptRefusal {
  key: string
  /** What the user typed (null: the field was emptied). */
  draft: number | null
  /** The value the refused one would have replaced. */
  model: number | null
}

export type RefusalKeeper = ReturnType<typeof createRefusalKeeper>

/**
 * For a screen that shows one item's number fields at a time (the designer's selected field): a
 * value a NumberField with `keepAs` refuses outlives the field and comes back with it. It is
 * dropped once the value it would replace (`valueOf(key)`, undefined when the item is gone)
 * changes meanwhile — moved on the canvas, undone, removed — as such a change replaces the typed
 * value of a field on screen.
 */
export function createRefusalKeeper(valueOf: (key: string) => number | null | undefined) {
  const entries = shallowReactive(new Map<string, KeptRefusal>())
  const current = (r: KeptRefusal) => valueOf(r.key) === r.model
  /** The kept refusals, in the order they were kept. */
  const kept = computed(() => [...entries.values()].filter(current))
  watch(
    () => [...entries.values()].filter((r) => !current(r)).map((r) => r.key),
    (stale) => stale.forEach((key) => entries.delete(key))
  )

  function keep(refusal: KeptRefusal): void {
    entries.delete(refusal.key)
    if (current(refusal)) entries.set(refusal.key, refusal)
  }

  /** The draft kept for `key` while its value is still `model`; it is no longer kept then. */
  function take(key: string, model: number | null): { draft: number | null } | null {
    const found = entries.get(key)
    entries.delete(key)
    return found && found.model === model && current(found) ? { draft: found.draft } : null
  }

  /** Forgets every kept refusal (the edits they belong to were discarded). */
  const clear = (): void => entries.clear()

  return { kept, keep, take, clear }
}

const keeperKey: InjectionKey<RefusalKeeper> = Symbol('refusalKeeper')

/** Keeps the refusals of the NumberFields with `keepAs` below this component. */
export function provideRefusalKeeper(
  valueOf: (key: string) => number | null | undefined
): RefusalKeeper {
  const keeper = createRefusalKeeper(valueOf)
  provide(keeperKey, keeper)
  return keeper
}

export const injectRefusalKeeper = (): RefusalKeeper | null => inject(keeperKey, null)
