import { createI18n } from 'vue-i18n'
import type { Settings } from '@shared/entities'
import vi, { type MessageSchema } from './vi'
import en from './en'
import de, { type GermanMessages } from './de'

export type UiLanguage = Settings['uiLanguage']

/** The languages every screen is complete in; German covers the frame and certificates only. */
export type FullUiLanguage = Exclude<UiLanguage, 'de'>

export const messages: Record<FullUiLanguage, MessageSchema> & { de: GermanMessages } = {
  vi,
  en,
  de
}

export const i18n = createI18n<[MessageSchema], UiLanguage, false>({
  legacy: false,
  locale: 'vi',
  // German lacks the other screens' sections on purpose: those fall back to English.
  fallbackLocale: { de: ['en'], default: ['vi'] },
  messages: messages as unknown as Record<UiLanguage, MessageSchema>
})

/** Every dotted key of a message tree, e.g. "events.create". */
export function messageKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? messageKeys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`]
  )
}
