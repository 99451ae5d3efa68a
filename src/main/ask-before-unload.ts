import { dialog, type BrowserWindow } from 'electron'

/**
 * The page refuses to unload while something typed would be lost (a reload, Ctrl+R, closing the
 * window); Electron would then silently stay, so ask the user like a browser does.
 * The page's language is not known here: the question is in both.
 */
export function askBeforeUnload(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Rời trang / Leave', 'Ở lại / Stay'],
      defaultId: 1,
      cancelId: 1,
      title: 'Dais',
      message: 'Có nội dung vừa nhập chưa được lưu. Rời trang sẽ mất nội dung đó.',
      detail: 'Something you just typed is not saved yet. Leaving drops it.'
    })
    // preventDefault here overrides the page's refusal: the page unloads.
    if (choice === 0) event.preventDefault()
  })
}
