import { describe, expect, it } from 'vitest'
import QRCode from 'qrcode'
import { encodeQr, qrModules } from './qr'

/**
 * Texts of every length up to 480 characters, Vietnamese and ASCII mixed, then ASCII up to the
 * 2,331 bytes of version 40: every version, and block layouts of each kind.
 */
function texts(): string[] {
  const source = 'Số sổ 12/GK | Ông Nguyễn Văn Ánh | QĐ 125/QĐ-UBND ngày 05/9/2025 ABC xyz 0123 '
  const url = 'https://dais.example/verify?code=ABCDEFGHJKMNPQRSTUVWXYZ23456789&'.repeat(50)
  const lengths: number[] = []
  for (let n = 1; n < 200; n += 7) lengths.push(n)
  for (let n = 200; n <= 2331; n += 31) lengths.push(n)
  const long = lengths.map((n) => url.slice(0, n))
  return Array.from({ length: 120 }, (_, i) => {
    const length = 1 + ((i * 37) % 480)
    let s = ''
    for (let j = 0; s.length < length; j++) s += source[(i + j * 7) % source.length]
    return s
  }).concat(long, [url.slice(0, 2331)])
}

describe('encodeQr', () => {
  it('gives the symbol the qrcode package makes for the same UTF-8 bytes, best mask included', () => {
    const versions = new Set<number>()
    for (const text of texts()) {
      const ours = encodeQr(text)
      const reference = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
        errorCorrectionLevel: 'M'
      })
      expect(ours.size, text).toBe(reference.modules.size)
      versions.add(reference.version)
      const modules = Buffer.from(qrModules(ours))
      expect(modules.equals(Buffer.from(reference.modules.data)), text).toBe(true)
    }
    expect([...versions].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
  })
})
