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
