import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { messages, type UiLanguage } from './i18n'
import { fixSuspect, suspectHints, suspectWarnings } from './suspect-text'

function translator(locale: UiLanguage) {
  const { global } = createI18n({ legacy: false, locale, messages })
  return { t: (key: string, named?: Record<string, unknown>) => global.t(key, named ?? {}) }
}

const vi = translator('vi')
const en = translator('en')

describe('suspectHints', () => {
  it('finds nothing in clean Vietnamese text', () => {
    expect(suspectHints('Đại hội Thi đua phường Tiền Phong')).toEqual([])
    expect(suspectWarnings('', vi)).toEqual([])
  })

  it('groups repeated characters into one hint, in the order first found', () => {
    expect(suspectHints('ðại hội ÐẠI ðồng �')).toEqual([
      { char: 'ð', codePoint: 'U+00F0', reason: 'WRONG_CODE_PAGE_ETH', suggestion: 'đ', count: 2 },
      { char: 'Ð', codePoint: 'U+00D0', reason: 'WRONG_CODE_PAGE_ETH', suggestion: 'Đ', count: 1 },
      {
        char: '\uFFFD',
        codePoint: 'U+FFFD',
        reason: 'REPLACEMENT_CHARACTER',
        suggestion: null,
        count: 1
      }
    ])
  })
})

describe('suspectWarnings', () => {
  it('explains the wrong code page and offers the right letter, in Vietnamese', () => {
    expect(suspectWarnings('ÐẠI HỘI', vi)).toEqual([
      {
        char: 'Ð',
        message:
          'Có ký tự “Ð” (mã U+00D0) giống chữ Đ nhưng sai bảng mã — thường do chép từ tài liệu cũ.',
        fixLabel: 'Sửa thành Đ'
      }
    ])
    expect(suspectWarnings('ðại', vi)[0]?.fixLabel).toBe('Sửa thành đ')
  })

  it('speaks English when the UI does', () => {
    const [warning] = suspectWarnings('ÐẠI HỘI', en)
    expect(warning?.message).toContain('“Ð” (U+00D0)')
    expect(warning?.message).toContain('wrong code page')
    expect(warning?.fixLabel).toBe('Replace with Đ')
  })

  it('names lookalikes of Đ with their own reason', () => {
    const [warning] = suspectWarnings('\u0189ại hội', vi)
    expect(warning?.message).toContain('“\u0189” (mã U+0189) trông giống chữ Đ')
    expect(warning?.fixLabel).toBe('Sửa thành Đ')
  })

  it('warns about U+FFFD without offering a fix', () => {
    expect(suspectWarnings('Hội ngh\uFFFD', vi)).toEqual([
      {
        char: '\uFFFD',
        message: 'Có ký tự lỗi “\uFFFD” — văn bản có thể bị hỏng khi chép.',
        fixLabel: null
      }
    ])
    expect(suspectWarnings('Hội ngh\uFFFD', en)[0]?.fixLabel).toBeNull()
  })
})

describe('fixSuspect', () => {
  it('replaces every occurrence of the chosen character and nothing else', () => {
    expect(fixSuspect('ÐẠI HỘI Ðảng ðoàn \uFFFD', 'Ð')).toBe('ĐẠI HỘI Đảng ðoàn \uFFFD')
    expect(fixSuspect('ðoàn ðó', 'ð')).toBe('đoàn đó')
  })

  it('leaves a character it cannot guess as it is', () => {
    expect(fixSuspect('a\uFFFDb', '\uFFFD')).toBe('a\uFFFDb')
  })
})
