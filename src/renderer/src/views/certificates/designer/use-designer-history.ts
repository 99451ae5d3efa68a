import { computed, ref, shallowRef, toRaw, type Ref } from 'vue'
import type { Template } from '@shared/certificates/entities'
import { createEditHistory } from '../../../components/certificates/edit-history'
import { cloneTemplate } from '../../../components/certificates/template-edits'

/**
 * The designer's draft with its local undo before saving: every edit goes through `edit` (one
 * history step, merged by key), `dirty` compares with the last saved state. `takeEditedAt` hands
 * the preview the time of the oldest edit it has not drawn yet (for the latency readout).
 */
export function useDesignerHistory(
  template: Template,
  readOnly: () => boolean,
  now: () => number = () => performance.now()
) {
  const draft: Ref<Template> = ref(cloneTemplate(template))
  /** The last saved state; compared without the background, which is compared by identity. */
  const saved = shallowRef<Template>(cloneTemplate(template))
  const fingerprint = (t: Template) => JSON.stringify({ ...t, background: null })
  const savedFingerprint = computed(() => fingerprint(saved.value))
  const dirty = computed(
    () =>
      fingerprint(draft.value) !== savedFingerprint.value ||
      toRaw(draft.value.background) !== saved.value.background
  )
  const locked = computed(() => readOnly() || draft.value.builtIn)
  /** The stored revision the draft's edits start from: a save over another revision is refused. */
  const baseRevision = computed(() => saved.value.updatedAt)

  const history = createEditHistory<Template>({ clone: (x) => cloneTemplate(toRaw(x)), now })
  const historyVersion = ref(0)
  let editedAt: number | null = null
  /** The newest stored version seen while edits were under way. */
  let newer: Template | null = null
  const canUndo = computed(() => historyVersion.value >= 0 && history.canUndo)
  const canRedo = computed(() => historyVersion.value >= 0 && history.canRedo)

  function edit(mergeKey: string | undefined, change: (t: Template) => void): void {
    if (locked.value) return
    history.record(draft.value, mergeKey)
    const next = cloneTemplate(toRaw(draft.value))
    change(next)
    draft.value = next
    historyVersion.value++
    editedAt ??= now()
    followNewerIfClean()
  }

  function undo(): void {
    const previous = history.undo(draft.value)
    if (previous) {
      draft.value = previous
      historyVersion.value++
      followNewerIfClean()
    }
  }

  function redo(): void {
    const next = history.redo(draft.value)
    if (next) {
      draft.value = next
      historyVersion.value++
      followNewerIfClean()
    }
  }

  /** After a save: the saved template becomes both the draft and the baseline. */
  function markSaved(result: Template): void {
    newer = null
    saved.value = cloneTemplate(result)
    draft.value = cloneTemplate(result)
    history.clear()
    historyVersion.value++
  }

  /**
   * The template as the data holds it now (saved in another window, or undone): while nothing is
   * edited the designer shows it; an edit under way is kept, and once the edits are undone or
   * discarded the designer follows the stored version again.
   */
  function follow(template: Template): void {
    if (dirty.value) {
      newer = template
      return
    }
    newer = null
    const sameBackground =
      template.background?.mime === saved.value.background?.mime &&
      template.background?.dataBase64 === saved.value.background?.dataBase64
    if (sameBackground && fingerprint(template) === savedFingerprint.value) return
    markSaved(template)
  }

  function discard(): void {
    draft.value = cloneTemplate(saved.value)
    history.clear()
    historyVersion.value++
    followNewerIfClean()
  }

  /** Back at the saved state with a newer version seen meanwhile: show that one. */
  function followNewerIfClean(): void {
    if (newer && !dirty.value) follow(newer)
  }

  function takeEditedAt(): number | null {
    const at = editedAt
    editedAt = null
    return at
  }

  return {
    draft,
    dirty,
    locked,
    baseRevision,
    canUndo,
    canRedo,
    edit,
    undo,
    redo,
    markSaved,
    follow,
    discard,
    takeEditedAt
  }
}

function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(target.type))
  )
}

export type DesignerShortcut = 'undo' | 'redo' | 'save'

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y / Ctrl+S inside the designer act on its own edits, not the app's
 * saved changes; typing in a text box keeps the box's own undo.
 */
export function designerShortcut(event: KeyboardEvent): DesignerShortcut | null {
  const mod = event.ctrlKey || event.metaKey
  if (!mod || event.altKey || isTextEntry(event.target)) return null
  const key = event.key.toLowerCase()
  if (key === 'z' || key === 'y') return key === 'y' || event.shiftKey ? 'redo' : 'undo'
  if (key === 's') return 'save'
  return null
}
