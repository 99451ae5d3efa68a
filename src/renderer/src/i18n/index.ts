import { createI18n } from 'vue-i18n'
import vi, { type MessageSchema } from './vi'
import en from './en'

export type UiLanguage = 'vi' | 'en'

export const messages: Record<UiLanguage, MessageSchema> = { vi, en }

export const i18n = createI18n<[MessageSchema], UiLanguage, false>({
  legacy: false,
  locale: 'vi',
  fallbackLocale: 'vi',
  messages
})

/** Every dotted key of a message tree, e.g. "events.create". */
export function messageKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? messageKeys(value, `${prefix}${key}.`)
      : [`${prefix}${key}`]
  )
}
