import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AppInfo, AuditEntry, StartupNotice, StorageStatus } from '@shared/entities'
import { api, onAppEvent } from '../api'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const storage = ref<StorageStatus | null>(null)
  const dismissed = ref<number[]>([])
  const loadError = ref<unknown>(null)
  const undoing = ref(false)
  let unsubscribe: (() => void) | null = null

  const notices = computed<{ index: number; notice: StartupNotice }[]>(() =>
    (info.value?.notices ?? [])
      .map((notice, index) => ({ index, notice }))
      .filter(({ index }) => !dismissed.value.includes(index))
  )
  const readOnly = computed(
    () => info.value?.readOnly === true || storage.value?.state === 'read-only'
  )
  const collationOk = computed(() => info.value?.vietnameseCollationOk !== false)

  // A write takes milliseconds: "saving" still shown after this long may be a status whose
  // "saved" event came before this window subscribed (a page opened mid-write). Ask again.
  const savingRecheckMs = 1500
  let recheck: ReturnType<typeof setTimeout> | null = null
  function applyStorageStatus(status: StorageStatus): void {
    // Events may arrive out of order with the initial fetch; never step back to an older write.
    if (storage.value && status.seq < storage.value.seq) return
    storage.value = status
    if (recheck) clearTimeout(recheck)
    recheck =
      status.state === 'saving'
        ? setTimeout(() => {
            recheck = null
            api.getStorageStatus({}).then(applyStorageStatus, () => undefined)
          }, savingRecheckMs)
        : null
  }

  async function init(): Promise<void> {
    if (!unsubscribe) {
      unsubscribe = onAppEvent((event) => {
        if (event.type === 'storageStatus') applyStorageStatus(event.payload)
      })
    }
    try {
      const [appInfo, status] = await Promise.all([api.getAppInfo({}), api.getStorageStatus({})])
      info.value = appInfo
      applyStorageStatus(status)
      loadError.value = null
    } catch (error) {
      loadError.value = error
      throw error
    }
  }

  function dismissNotice(index: number): void {
    if (!dismissed.value.includes(index)) dismissed.value.push(index)
  }

  /**
   * Undoes the last change; resolves with the undo's own audit entry (see describeAuditEntry).
   * The screens learn of it from the undo's dataChanged event, like any other change.
   */
  async function undo(): Promise<AuditEntry> {
    undoing.value = true
    try {
      const { undone } = await api.undoLastChange({})
      return undone
    } finally {
      undoing.value = false
    }
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  return {
    info,
    storage,
    loadError,
    notices,
    readOnly,
    collationOk,
    undoing,
    init,
    applyStorageStatus,
    dismissNotice,
    undo,
    dispose
  }
})
