import { describe, expect, it } from 'vitest'
import { errorCodes } from '@shared/result'
import { eventKinds, auditEntities } from '@shared/entities'
import { createI18n } from 'vue-i18n'
import vi from './vi'
import en from './en'
import de, { germanSections } from './de'
import { messageKeys, messages } from './index'

describe('i18n messages', () => {
  it('vi and en have exactly the same keys', () => {
    expect(messageKeys(en).sort()).toEqual(messageKeys(vi).sort())
  })

  it('translates every error code, event kind and audit entity', () => {
    for (const code of errorCodes) expect(vi.errors[code]).toBeTruthy()
    for (const kind of eventKinds) expect(vi.kinds[kind]).toBeTruthy()
    for (const entity of auditEntities) expect(vi.audit.entities[entity]).toBeTruthy()
  })

  it('has no empty strings and uses the same placeholders in both languages', () => {
    const get = (tree: object, key: string): string =>
      key
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of messageKeys(vi)) {
      expect(get(vi, key), key).not.toBe('')
      expect(placeholders(get(en, key)), key).toEqual(placeholders(get(vi, key)))
    }
  })

  it('German has every key of the sections it covers, with the same placeholders', () => {
    const get = (tree: object, key: string): string =>
      key
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const sections: readonly string[] = germanSections
    const covered = (key: string) => sections.includes(key.slice(0, key.indexOf('.')))
    expect(Object.keys(de).sort()).toEqual([...germanSections].sort())
    expect(messageKeys(de).sort()).toEqual(messageKeys(vi).filter(covered).sort())
    for (const key of messageKeys(de)) {
      expect(get(de, key), key).not.toBe('')
      expect(placeholders(get(de, key)), key).toEqual(placeholders(get(vi, key)))
    }
  })

  it('shows German on the certificate screens and English, not Vietnamese, elsewhere', () => {
    const { global } = createI18n({
      legacy: false,
      locale: 'de',
      fallbackLocale: { de: ['en'], default: ['vi'] },
      missingWarn: false,
      fallbackWarn: false,
      messages
    })
    expect(global.t('certificates.templates.title')).toBe('Urkundenvorlagen')
    expect(global.t('nav.certificateSetup')).toBe('Druckvorlagen')
    expect(global.t('events.create')).toBe(en.events.create)
    expect(global.t('numberField.whole')).toBe('Bitte eine ganze Zahl eingeben.')
    expect(global.t('numberField.range', { min: '1', max: '60' })).toBe(
      'Der Wert muss zwischen 1 und 60 liegen.'
    )
  })
})
