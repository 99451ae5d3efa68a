import { ref, toRaw, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Template } from '@shared/certificates/entities'
import { ApiError } from '../../../api'
import type { ChoiceQuestion } from '../../../components/ChoiceDialog.vue'
import { cloneTemplate } from '../../../components/certificates/template-edits'
import { useCertificatesStore } from '../../../stores/certificates'
import { useNotify } from '../../../use-notify'

type Ask = <K extends string>(question: ChoiceQuestion<K>) => Promise<K | null>

interface DesignerSaveOptions {
  draft: Ref<Template>
  dirty: Ref<boolean>
  locked: Ref<boolean>
  baseRevision: Ref<string>
  markSaved: (template: Template) => void
  /** The open template is gone from the data (deleted in another window, or undone). */
  deleted: () => boolean
  /** The choice dialog's `ask`. */
  ask: () => Ask | undefined
  /** The edits were kept as a new template: the designer should show that one. */
  onSavedAsNew: (template: Template) => void
  /** The template is gone and nothing of it is kept: the designer closes (`discarded`: by choice). */
  onGone: (discarded: boolean) => void
}

const refusal = (error: unknown, code: string, reason: string): ApiError | null =>
  error instanceof ApiError &&
  error.code === code &&
  (error.details as { reason?: unknown } | undefined)?.reason === reason
    ? error
    : null

/**
 * Saving the designer's draft without losing anything to another window: a save over a change
 * made elsewhere asks (overwrite theirs, load theirs, cancel); a template deleted elsewhere asks
 * whether to keep the edits as a new template, or closes with a message when nothing was edited.
 */
export function useDesignerSave(o: DesignerSaveOptions) {
  const { t } = useI18n()
  const store = useCertificatesStore()
  const notify = useNotify()
  const saving = ref(false)

  async function save(overRevision?: string): Promise<void> {
    if (o.locked.value || !o.dirty.value || saving.value) return
    saving.value = true
    try {
      const result = await store.saveTemplate(
        cloneTemplate(toRaw(o.draft.value)),
        overRevision ?? o.baseRevision.value
      )
      o.markSaved(result)
      notify.success(t('certificates.designer.saved', { name: result.name }))
    } catch (error) {
      const changed = refusal(error, 'CONFLICT', 'changed-elsewhere')
      if (changed)
        void askAboutConflict(String((changed.details as { updatedAt: string }).updatedAt))
      else if (refusal(error, 'NOT_FOUND', 'deleted')) void askAboutDeleted()
      else notify.error(error)
    } finally {
      saving.value = false
    }
  }

  async function askAboutConflict(theirRevision: string): Promise<void> {
    const choice = await o.ask()?.({
      title: t('certificates.designer.conflict.title'),
      message: t('certificates.designer.conflict.message'),
      choices: [
        { key: 'cancel', label: t('certificates.common.cancel') },
        { key: 'theirs', label: t('certificates.designer.conflict.loadTheirs') },
        { key: 'overwrite', label: t('certificates.designer.conflict.overwrite'), type: 'primary' }
      ]
    })
    if (choice === 'overwrite') await save(theirRevision)
    else if (choice === 'theirs') await loadTheirs()
  }

  async function loadTheirs(): Promise<void> {
    try {
      o.markSaved(await store.reloadTemplate(o.draft.value.id))
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') void askAboutDeleted()
      else notify.error(error)
    }
  }

  let asking = false
  async function askAboutDeleted(): Promise<void> {
    if (asking) return
    asking = true
    try {
      const choice = await o.ask()?.({
        title: t('certificates.designer.deleted.title'),
        message: t('certificates.designer.deleted.message'),
        choices: [
          { key: 'discard', label: t('certificates.designer.deleted.discard'), type: 'danger' },
          { key: 'keep', label: t('certificates.designer.deleted.keep'), type: 'primary' }
        ]
      })
      if (choice === 'keep') await keepAsNew()
      else if (choice === 'discard') o.onGone(true)
    } finally {
      asking = false
    }
  }

  async function keepAsNew(): Promise<void> {
    saving.value = true
    try {
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = cloneTemplate(toRaw(o.draft.value))
      const result = await store.saveTemplate(rest)
      notify.success(t('certificates.designer.deleted.kept', { name: result.name }))
      o.onSavedAsNew(result)
    } catch (error) {
      notify.error(error)
    } finally {
      saving.value = false
    }
  }

  watch(o.deleted, (deleted) => {
    if (!deleted) return
    if (o.dirty.value && !o.locked.value) void askAboutDeleted()
    else o.onGone(false)
  })

  return { saving, save: () => save(), keepAsNew }
}
