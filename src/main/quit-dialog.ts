import type { QuitChoice } from './flush-on-quit'

type Language = 'vi' | 'en'

/** The buttons in the order shown; Try again is the default and what Esc means. */
export const quitChoices: readonly QuitChoice[] = ['save-copy', 'retry', 'quit']

const texts = {
  vi: {
    title: 'Dais',
    message: 'Có thay đổi chưa lưu được vào ổ đĩa',
    detail:
      'Nếu thoát bây giờ, các thay đổi đó chỉ còn trong một bản sao Dais ghi cạnh thư mục dữ liệu (nếu ghi được). Hãy giải phóng dung lượng ổ đĩa rồi bấm Thử lại, hoặc lưu một bản sao ra nơi khác (ví dụ USB).',
    buttons: { 'save-copy': 'Lưu bản sao ra nơi khác…', retry: 'Thử lại', quit: 'Vẫn thoát' },
    reason: 'Lý do'
  },
  en: {
    title: 'Dais',
    message: 'Some changes could not be saved to disk',
    detail:
      'If you quit now, those changes exist only in a copy Dais writes beside the data folder (if it can). Free some disk space and choose Try again, or save a copy elsewhere (a USB stick, say).',
    buttons: { 'save-copy': 'Save a copy elsewhere…', retry: 'Try again', quit: 'Quit anyway' },
    reason: 'Reason'
  }
} satisfies Record<Language, unknown>

export interface MessageBoxOptions {
  type: 'warning'
  title: string
  message: string
  detail: string
  buttons: string[]
  defaultId: number
  cancelId: number
  noLink: true
}

/** The message box asking what to do with changes that cannot be saved at quit. */
export function quitMessageBox(language: Language, reason: string): MessageBoxOptions {
  const text = texts[language]
  const retry = quitChoices.indexOf('retry')
  return {
    type: 'warning',
    title: text.title,
    message: text.message,
    detail: `${text.detail}\n\n${text.reason}: ${reason}`,
    buttons: quitChoices.map((choice) => text.buttons[choice]),
    defaultId: retry,
    cancelId: retry,
    noLink: true
  }
}

/** The choice behind a clicked button; anything unexpected means Try again (nothing is lost). */
export const quitChoiceAt = (response: number): QuitChoice => quitChoices[response] ?? 'retry'
