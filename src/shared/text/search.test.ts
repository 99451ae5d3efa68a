import { describe, expect, it } from 'vitest'
import { matchesSearch, searchKey, searchTerms } from './search'

describe('searchKey', () => {
  it('drops case and diacritics, đ → d', () => {
    expect(searchKey('Nguyễn Văn An')).toBe('nguyen van an')
    expect(searchKey('ĐẶNG THỊ ĐÀO')).toBe('dang thi dao')
    expect(searchKey('Trương Ưng Ơn Ấn Ă')).toBe('truong ung on an a')
  })

  it('ignores old/new tone placement and NFC/NFD', () => {
    expect(searchKey('Hòa')).toBe(searchKey('Hoà'))
    expect(searchKey('Thủy')).toBe(searchKey('Thuỷ'))
    expect(searchKey('Nguyễn'.normalize('NFD'))).toBe('nguyen')
  })

  it('normalises spaces and invisible characters, and reads Ð as D', () => {
    expect(searchKey('  Lê\u00A0\u00A0Văn\tAn\u200B ')).toBe('le van an')
    expect(searchKey('Ðỗ')).toBe('do')
  })
})

describe('searchTerms', () => {
  it('splits the normalised query', () => {
    expect(searchTerms('  Nguyễn   an ')).toEqual(['nguyen', 'an'])
    expect(searchTerms('   ')).toEqual([])
  })
})

describe('matchesSearch', () => {
  const key = searchKey('Nguyễn Văn An')

  it('finds names without diacritics or case', () => {
    expect(matchesSearch(key, 'nguyen van an')).toBe(true)
    expect(matchesSearch(key, 'NGUYỄN')).toBe(true)
    expect(matchesSearch(key, 'Nguyễn Văn An'.normalize('NFD'))).toBe(true)
  })

  it('requires every term, in any order, as a substring', () => {
    expect(matchesSearch(key, 'an nguyen')).toBe(true)
    expect(matchesSearch(key, 'nguy va')).toBe(true)
    expect(matchesSearch(key, 'nguyen binh')).toBe(false)
  })

  it('finds both tone placements', () => {
    expect(matchesSearch(searchKey('Lê Thị Hòa'), 'hoa')).toBe(true)
    expect(matchesSearch(searchKey('Lê Thị Hoà'), 'hoa')).toBe(true)
    expect(matchesSearch(searchKey('Lê Thị Hoà'), 'hòa')).toBe(true)
  })

  it('matches everything for an empty query', () => {
    expect(matchesSearch(key, '')).toBe(true)
    expect(matchesSearch(key, ' \u00A0 ')).toBe(true)
  })

  it('matches đ with d', () => {
    expect(matchesSearch(searchKey('Đỗ Đức Dũng'), 'do duc')).toBe(true)
  })
})
