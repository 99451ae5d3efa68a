import { describe, expect, it } from 'vitest'
import { loadQrCode } from '../pdf/deferred-modules'
import { encodeQr } from './qr'

/** Texts of every length up to 480 characters (versions 1 to ~30), Vietnamese and ASCII mixed. */
function texts(): string[] {
  const source = 'Số sổ 12/GK | Ông Nguyễn Văn Ánh | QĐ 125/QĐ-UBND ngày 05/9/2025 ABC xyz 0123 '
  return Array.from({ length: 120 }, (_, i) => {
    const length = 1 + ((i * 37) % 480)
    let s = ''
    for (let j = 0; s.length < length; j++) s += source[(i + j * 7) % source.length]
    return s
  })
}

describe('encodeQr', () => {
  it('gives the symbol the qrcode package makes for the same UTF-8 bytes, best mask included', () => {
    for (const text of texts()) {
      const ours = encodeQr(text)
      const reference = loadQrCode().create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
        errorCorrectionLevel: 'M'
      })
      expect(ours.size, text).toBe(reference.modules.size)
      expect(Buffer.from(ours.dark).equals(Buffer.from(reference.modules.data)), text).toBe(true)
    }
  })
})
