import { describe, expect, it } from 'vitest'
import { deskPage } from './desk-page'
import { deskScript } from './desk-script'
import { errorCodes } from '@shared/result'
import { deskFailureText, deskTextEn, deskTextVi, deskTexts } from './desk-page-text'

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

describe("the desk page's refusals", () => {
  // The page runs the function from its source text: it must stand alone.
  const failureText = new Function(
    `return ${deskFailureText.toString()}`
  )() as typeof deskFailureText

  it('says a conflict about one person with the name, in the desk language', () => {
    const error = {
      code: 'CONFLICT',
      message: 'Lương Thị Hồng already has a substitute; undo that one first.',
      details: { reason: 'hasSubstitute', name: 'Lương Thị Hồng' }
    }
    expect(failureText(deskTextVi, error)).toBe(
      'Chưa ghi nhận: Lương Thị Hồng đã có người đi thay; hãy hoàn tác người đó trước.'
    )
    expect(failureText(deskTextEn, error)).toBe(
      'Not recorded: Lương Thị Hồng already has a substitute; undo that one first.'
    )
  })

  it('names the field of a refused guest by its label on the page', () => {
    const error = {
      code: 'INVALID_ARGUMENT',
      message: 'guest.fullName: Too big: expected string to have <=200 characters',
      details: { issues: [{ path: ['guest', 'fullName'], message: 'Too big' }] }
    }
    expect(failureText(deskTextVi, error)).toBe('Chưa ghi nhận: ô “Họ và tên” không hợp lệ.')
    expect(failureText(deskTextEn, error)).toBe('Not recorded: the field “Full name” is not valid.')
  })

  it('never shows the core English message, for every error code and an unknown one', () => {
    for (const code of [...errorCodes, 'SOMETHING_NEW']) {
      const error = { code, message: 'Core message in English', details: { reason: 'new' } }
      for (const T of [deskTextVi, deskTextEn]) {
        const said = failureText(T, error)
        expect(said, code).not.toContain('Core message')
        expect(said, code).toMatch(T === deskTextVi ? /^Chưa ghi nhận: .+/ : /^Not recorded: .+/)
      }
    }
    expect(failureText(deskTextVi, { code: 'STORAGE_FAILED', message: 'x' })).toContain(
      'chưa lưu được'
    )
  })
})
