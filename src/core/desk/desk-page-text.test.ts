import { describe, expect, it } from 'vitest'
import { deskPage } from './desk-page'
import { deskScript } from './desk-script'
import { deskTextEn, deskTextVi, deskTexts } from './desk-page-text'

const leaves = (tree: object, prefix = ''): [string, unknown][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]]
  )
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the desk page in Vietnamese and English', () => {
  it('says everything in both languages, with the same placeholders', () => {
    const en = new Map(leaves(deskTextEn))
    expect([...en.keys()].sort()).toEqual(
      leaves(deskTextVi)
        .map(([k]) => k)
        .sort()
    )
    for (const [key, vi] of leaves(deskTextVi)) {
      expect(typeof vi === 'string' && vi !== '', key).toBe(true)
      expect(en.get(key), key).not.toBe('')
      expect(placeholders(en.get(key) as string), key).toEqual(placeholders(vi as string))
    }
  })

  it('has a text for every key the page names, served in Vietnamese', () => {
    const keys = [...deskPage.matchAll(/data-t(?:-aria)?="(\w+)"/g)].map((m) => m[1]!)
    expect(keys.length).toBeGreaterThan(10)
    for (const key of keys) {
      expect(typeof deskTextVi[key as keyof typeof deskTextVi], key).toBe('string')
      expect(deskPage, key).toContain(deskTextVi[key as keyof typeof deskTextVi] as string)
    }
    expect(deskPage).toContain('<option value="en" lang="en">English</option>')
  })

  it('carries both languages to the page, and the script parses', () => {
    expect(deskScript).toContain(JSON.stringify(deskTexts))
    expect(() => new Function(deskScript)).not.toThrow()
  })
})
