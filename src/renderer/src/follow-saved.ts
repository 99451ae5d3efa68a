import { watch } from 'vue'

const asText = (value: unknown) => JSON.stringify(value) ?? 'undefined'

/**
 * Lets a form typed into field by field follow the saved record (a change in another window,
 * Hoàn tác, a save's answer): each field whose saved value changed shows the new one unless the
 * user has changed that field since, so what is being typed is never wiped. A field counts as
 * untouched while it still means what was saved before, or what was last sent for it.
 *
 * `shown` gives the saved record as the form's fields show it (every field of `model`, each
 * call a new object); `model` is the form's reactive state; `meaning` what a field's text
 * means once saved (two texts with one meaning are the same value: no change to follow).
 */
export function followSaved<Shown extends Record<string, unknown>>(
  shown: () => Shown,
  model: Shown,
  meaning: (key: Extract<keyof Shown, string>, text: Shown[keyof Shown]) => unknown = (
    _key,
    text
  ) => text
) {
  type Key = Extract<keyof Shown, string>
  const sent = new Map<Key, string>()
  const means = (key: Key, text: Shown[keyof Shown]) => asText(meaning(key, text))
  watch(shown, (next, before) => {
    for (const key of Object.keys(next) as Key[]) {
      const typed = means(key, model[key])
      if (typed === means(key, next[key])) continue
      if (typed === means(key, before[key]) || sent.get(key) === typed) model[key] = next[key]
    }
  })
  return {
    /** Records what was sent (each field's meaning): its answer shows while nothing else is typed. */
    sent(values: Partial<Record<Key, unknown>>) {
      for (const [key, value] of Object.entries(values) as [Key, unknown][])
        sent.set(key, asText(value))
    }
  }
}
