import { describe, expect, it } from 'vitest'
import { duplicateKey, isProbableDuplicate } from './duplicate'

describe('duplicateKey', () => {
  it.each([
    ['Lê Thị Hòa', 'Lê Thị Hoà'],
    ['Nguyễn Thị Thủy', 'nguyễn thị thuỷ'],
    ['Khỏe', 'khoẻ'],
    ['Xóa', 'xoá'],
    ['Quý', 'Qúy'],
    ['Úy', 'uý'],
    ['Nguyễn Văn An', 'Nguyễn Văn An'.normalize('NFD')],
    ['Nguyễn Văn An', '  NGUYỄN \u00A0 văn\tAN\u200B '],
    ['Ðỗ Văn An', 'Đỗ Văn An']
  ])('%s ≡ %s', (a, b) => {
    expect(duplicateKey(a)).toBe(duplicateKey(b))
    expect(isProbableDuplicate(a, b)).toBe(true)
  })

  it.each([
    ['Hòa', 'Hóa'],
    ['Hoà', 'Hoá'],
    ['Nguyễn Văn An', 'Nguyễn Văn Ân'],
    ['Nguyễn Văn An', 'Nguyễn Văn Anh'],
    ['Đỗ Văn An', 'Do Văn An'],
    ['Thủy', 'Thùy'],
    ['Lê Thị Ơn', 'Lê Thị Ôn'],
    ['Nguyễn Văn An', 'Nguyễn An']
  ])('%s ≠ %s', (a, b) => {
    expect(duplicateKey(a)).not.toBe(duplicateKey(b))
    expect(isProbableDuplicate(a, b)).toBe(false)
  })

  it('gives a lower-case, new-style, NFC key', () => {
    expect(duplicateKey(' Nguyễn  Thị Thủy ')).toBe('nguyễn thị thuỷ')
  })
})
