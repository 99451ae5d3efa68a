import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { ApiError } from './api'
import { messages, type UiLanguage } from './i18n'
import {
  base64ToBytes,
  bytesToBase64,
  importFailureMessage,
  importFailureReason
} from './event-file'

function translator(locale: UiLanguage) {
  const { global } = createI18n({ legacy: false, locale, messages })
  return (key: string, named?: Record<string, unknown>) => global.t(key, named ?? {})
}

const vi = translator('vi')
const en = translator('en')

/** The error the core raises for a refused file. */
const refused = (reason: string) =>
  new ApiError('INVALID_ARGUMENT', `x.json: ${reason}`, { fileName: 'x.json', reason })

describe('base64', () => {
  it('encodes as standard base64 and round-trips every byte value', () => {
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu')
    expect(bytesToBase64(Uint8Array.from([0xfb, 0xff]))).toBe('+/8=')
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes])
  })

  it('encodes a big file without overflowing the stack', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 7).map((_, i) => (i * 31) % 256)
    const back = base64ToBytes(bytesToBase64(bytes))
    expect(back.length).toBe(bytes.length)
    expect(back.every((b, i) => b === bytes[i])).toBe(true)
  })

  it('handles the empty file', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('')
  })
})

describe('importFailureReason', () => {
  it('translates the reasons the core gives', () => {
    const cases: [string, string][] = [
      ['this is not a Dais event file (it is not JSON text).', 'không phải văn bản JSON'],
      ['this is not a Dais event file.', 'đây không phải tệp sự kiện Dais.'],
      ['the file was exported by a newer version of Dais; update Dais first.', 'mới hơn'],
      ['the file is damaged or was edited by hand (checksum mismatch).', 'tệp bị hỏng'],
      ['the event in the file is invalid (title: Too small).', 'không hợp lệ']
    ]
    for (const [reason, expected] of cases) {
      expect(importFailureReason(refused(reason), vi)).toContain(expected)
    }
    expect(
      importFailureReason(refused('this is not a Dais event file (it is not JSON text).'), en)
    ).toBe('this is not a Dais event file (it is not JSON text).')
  })

  it('falls back to the raw message, or to the error code', () => {
    expect(importFailureReason(refused('something new.'), vi)).toBe('something new.')
    const noReason = new ApiError('INVALID_ARGUMENT', 'The request is too large.')
    expect(importFailureReason(noReason, en)).toBe('The request is too large.')
    expect(importFailureReason(new ApiError('READ_ONLY', 'read only'), vi)).toBe(
      'Dữ liệu đang ở chế độ chỉ đọc'
    )
    expect(importFailureReason(new Error('boom'), en)).toBe('An unexpected error occurred')
  })

  it('names the file in the message', () => {
    const error = refused('the file is damaged or was edited by hand (checksum mismatch).')
    expect(importFailureMessage(error, 'x.json', vi)).toBe(
      'Không nhập được tệp “x.json”: tệp bị hỏng hoặc đã bị sửa bằng tay (sai mã kiểm tra).'
    )
    expect(importFailureMessage(error, 'x.json', en)).toBe(
      'Could not import “x.json”: the file is damaged or was edited by hand (checksum mismatch).'
    )
  })
})
