import { getCurrentInstance, onBeforeUnmount, shallowReactive } from 'vue'
import type { Router } from 'vue-router'

/**
 * Something the user typed that is not saved yet: a grid cell being edited, a field whose save
 * waits for a pause in typing. `flush` (when given) starts the save at once, for edits that save
 * themselves; edits without it can only be kept by staying on the page.
 */
export interface UnsavedEdit {
  isUnsaved: () => boolean
  flush?: () => void
  /**
   * Saves the edit in place before an in-app navigation (the page stays alive to finish the
   * save, unlike a reload); false when the value is refused and the edit stays open.
   */
  settle?: () => boolean
}

const edits = shallowReactive(new Set<UnsavedEdit>())

/** Registers an edit for as long as the calling component lives (or until the returned stop). */
export function trackUnsavedEdit(edit: UnsavedEdit): () => void {
  edits.add(edit)
  const stop = () => void edits.delete(edit)
  if (getCurrentInstance()) onBeforeUnmount(stop)
  return stop
}

/** Starts every pending save that can start; true when something typed would still be lost. */
export function flushUnsavedEdits(): boolean {
  let lost = false
  for (const edit of edits) {
    if (!edit.isUnsaved()) continue
    if (edit.flush) edit.flush()
    else lost = true
  }
  return lost
}

/** Settles what can be settled before an in-app navigation; true when something would be lost. */
export function settleUnsavedEdits(): boolean {
  let lost = false
  for (const edit of edits) {
    if (!edit.isUnsaved() || edit.settle?.()) continue
    if (edit.flush) edit.flush()
    else lost = true
  }
  return lost
}

/**
 * Asks before a reload, a closed tab or an in-app navigation would drop an edit: saves that can
 * start are started, and the user is asked only when something would still be lost.
 * `confirmLeave` resolves true when the user chooses to leave anyway. Returns the uninstaller.
 */
export function installLeaveGuard(
  router: Router,
  confirmLeave: () => Promise<boolean>
): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!flushUnsavedEdits()) return
    event.preventDefault()
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  const removeGuard = router.beforeEach(async (to, from) => {
    // Same screen, another tab or query: the components, and the edits, stay.
    if (to.path === from.path) return true
    if (!settleUnsavedEdits()) return true
    return confirmLeave()
  })
  return () => {
    window.removeEventListener('beforeunload', onBeforeUnload)
    removeGuard()
  }
}
