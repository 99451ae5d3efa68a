import { describe, expect, it } from 'vitest'
import { deriveHeaderLines } from './organisation-header'

describe('deriveHeaderLines', () => {
  it('splits before the administrative unit and upper-cases Vietnamese', () => {
    expect(deriveHeaderLines('Ủy ban nhân dân phường Tiền Phong')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TIỀN PHONG'
    ])
    expect(deriveHeaderLines('  Ủy ban nhân dân   xã Đông Hòa ')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ ĐÔNG HÒA'
    ])
    expect(deriveHeaderLines('Ủy ban nhân dân thành phố Hải Phòng')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HẢI PHÒNG'
    ])
  })

  it('keeps one line when there is no unit word', () => {
    expect(deriveHeaderLines('Hội Cựu chiến binh')).toEqual(['HỘI CỰU CHIẾN BINH'])
    expect(deriveHeaderLines('')).toEqual([])
  })

  it('composes decomposed input', () => {
    const nfd = 'Ủy ban nhân dân phường Tiền Phong'.normalize('NFD')
    expect(deriveHeaderLines(nfd)[1]).toBe('PHƯỜNG TIỀN PHONG')
  })
})
