import { toRaw, watch, type InjectionKey } from 'vue'

/**
 * A field holding text that could not be read into the form (a half-typed or impossible date):
 * the form's model has not changed, yet something typed would be lost.
 */
export interface UnreadableField {
  isUnreadable: () => boolean
  /** Shows the model's value again, forgetting the text (when the form opens anew). */
  reset: () => void
}

export interface FormChanges {
  /** True while the form is open and differs from what it opened with. */
  isDirty: () => boolean
  /** Takes the form as it is now as the state to compare with (after a save that keeps it open). */
  markClean: () => void
  /** Registers a field of this form; returns the unregistration. */
  addField: (field: UnreadableField) => () => void
}

/** Lets a field inside a guarded form tell the form it holds unreadable text. */
export const formChangesKey: InjectionKey<Pick<FormChanges, 'addField'>> = Symbol('formChanges')

/**
 * Follows whether a form differs from what it opened with. `read` gives what the form would save
 * (a reactive model, or a getter for forms kept in several refs). Call after the form's own
 * watcher that fills the model on opening: the opening state is taken after it has run.
 */
export function trackFormChanges(
  isOpen: () => boolean,
  model: object | (() => unknown)
): FormChanges {
  const read = typeof model === 'function' ? (model as () => unknown) : () => toRaw(model)
  const snapshot = () => JSON.stringify(read())
  const fields = new Set<UnreadableField>()
  let opened = snapshot()
  watch(
    isOpen,
    (open) => {
      if (!open) return
      for (const field of fields) field.reset()
      opened = snapshot()
    },
    { flush: 'post' }
  )
  return {
    isDirty: () => isOpen() && (snapshot() !== opened || [...fields].some((f) => f.isUnreadable())),
    markClean: () => void (opened = snapshot()),
    addField: (field) => {
      fields.add(field)
      return () => void fields.delete(field)
    }
  }
}
