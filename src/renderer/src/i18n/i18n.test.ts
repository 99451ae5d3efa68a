import { describe, expect, it } from 'vitest'
import { errorCodes } from '../../../shared/result'
import { eventKinds, auditEntities } from '../../../shared/entities'
import vi from './vi'
import en from './en'
import { messageKeys } from './index'

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
})
