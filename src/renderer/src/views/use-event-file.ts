import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import type { Event } from '@shared/entities'
import {
  base64ToBytes,
  importFailureMessage,
  maxEventFileBytes,
  readFileAsBase64,
  saveAsDownload
} from '../event-file'
import { formatBytes } from '../format'
import { useEventsStore } from '../stores/events'
import { useNotify } from '../use-notify'

/** Exporting an event to a `.dais-event.json` download, and importing one from a file. */
export function useEventFile() {
  const { t, locale } = useI18n()
  const router = useRouter()
  const events = useEventsStore()
  const notify = useNotify()
  const exporting = ref(false)
  const importing = ref(false)

  async function exportEvent(event: Pick<Event, 'id'>): Promise<void> {
    exporting.value = true
    try {
      const { fileName, contentBase64 } = await events.exportFile(event.id)
      saveAsDownload(fileName, base64ToBytes(contentBase64), 'application/json')
    } catch (error) {
      notify.error(error)
    } finally {
      exporting.value = false
    }
  }

  /** Imports one file; on success opens the new event's workspace. */
  async function importFile(file: File): Promise<void> {
    const fail = (reason: string) =>
      notify.errorText(t('eventFile.importFailed', { fileName: file.name, reason }))
    if (file.size === 0) {
      fail(t('eventFile.reasons.notEventFile'))
      return
    }
    if (file.size > maxEventFileBytes) {
      fail(t('eventFile.tooLarge', { size: formatBytes(file.size, locale.value) }))
      return
    }
    importing.value = true
    try {
      let contentBase64: string
      try {
        contentBase64 = await readFileAsBase64(file)
      } catch {
        fail(t('eventFile.readFailed'))
        return
      }
      let event: Event
      try {
        event = await events.importFile(file.name, contentBase64)
      } catch (error) {
        notify.errorText(importFailureMessage(error, file.name, t))
        return
      }
      notify.success(t('eventFile.imported', { title: event.title }))
      await router.push({ name: 'event', params: { id: event.id } })
    } finally {
      importing.value = false
    }
  }

  return { exporting, importing, exportEvent, importFile }
}
