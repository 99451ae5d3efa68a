type T = (key: string, values?: Record<string, unknown>) => string

/** A yes/no question; resolves true when confirmed. */
export async function confirmAction(message: string, t: T, title = ''): Promise<boolean> {
  const { ElMessageBox } = await import('element-plus/es/components/message-box/index.mjs')
  try {
    await ElMessageBox.confirm(message, title, {
      type: 'warning',
      confirmButtonText: t('honours.common.confirm'),
      cancelButtonText: t('honours.common.cancel'),
      autofocus: false
    })
    return true
  } catch {
    return false
  }
}

/** Asks for a required reason; resolves null when cancelled. */
export async function promptReason(message: string, title: string, t: T): Promise<string | null> {
  const { ElMessageBox } = await import('element-plus/es/components/message-box/index.mjs')
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText: t('honours.common.confirm'),
      cancelButtonText: t('honours.common.cancel'),
      inputValidator: (v: string) => v.trim() !== '' || t('honours.register.reasonRequired'),
      autofocus: true
    })
    return value.trim()
  } catch {
    return null
  }
}
