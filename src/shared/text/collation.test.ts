import { describe, expect, it } from 'vitest'
import {
  compareVietnamese,
  compareVietnameseNames,
  nameSortKey,
  sortByVietnameseName,
  vietnameseCollator
} from './collation'
import { vietnameseCollationSelfTest } from './collation-self-test'

const sorted = (items: readonly string[]): string[] => items.slice().sort(compareVietnamese)
const sortedNames = (items: readonly string[]): string[] =>
  items.slice().sort(compareVietnameseNames)

describe('vietnameseCollator', () => {
  it('is a Vietnamese collator with variant sensitivity', () => {
    const options = vietnameseCollator.resolvedOptions()
    expect(options.locale).toBe('vi')
    expect(options.sensitivity).toBe('variant')
  })
})

describe('compareVietnamese', () => {
  it('puts Đ after D and before E (the default sort puts it after Z)', () => {
    expect(sorted(['Em', 'Zung', 'Đào', 'Dung'])).toEqual(['Dung', 'Đào', 'Em', 'Zung'])
    expect(sorted(['e', 'đ', 'd'])).toEqual(['d', 'đ', 'e'])
    expect(['Em', 'Đào', 'Dung'].slice().sort()).toEqual(['Dung', 'Em', 'Đào'])
  })

  it('orders tones none < huyền < hỏi < ngã < sắc < nặng', () => {
    expect(sorted(['ạ', 'á', 'ã', 'ả', 'à', 'a'])).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ'])
    expect(sorted(['mạ', 'ma', 'mã', 'má', 'mả', 'mà'])).toEqual([
      'ma',
      'mà',
      'mả',
      'mã',
      'má',
      'mạ'
    ])
  })

  it('orders the base letters a ă â, e ê, o ô ơ, u ư', () => {
    expect(sorted(['ư', 'ơ', 'u', 'ô', 'â', 'o', 'ê', 'ă', 'e', 'a'])).toEqual([
      'a',
      'ă',
      'â',
      'e',
      'ê',
      'o',
      'ô',
      'ơ',
      'u',
      'ư'
    ])
    expect(sorted(['ăn', 'az', 'ân', 'b'])).toEqual(['az', 'ăn', 'ân', 'b'])
  })

  it('treats NFC and NFD as equal', () => {
    expect(compareVietnamese('Nguyễn'.normalize('NFD'), 'Nguyễn')).toBe(0)
  })

  it('keeps old and new tone placement together', () => {
    expect(sorted(['Thủy', 'Thuỳ', 'Thuỷ', 'Thùy', 'Thuy'])).toEqual([
      'Thuy',
      'Thuỳ',
      'Thùy',
      'Thuỷ',
      'Thủy'
    ])
    expect(compareVietnamese('hòa', 'hoà')).not.toBe(0)
    expect(Math.sign(compareVietnamese('hòa', 'hoà'))).toBe(
      -Math.sign(compareVietnamese('hoà', 'hòa'))
    )
  })
})

describe('compareVietnameseNames', () => {
  it('compares the given name first', () => {
    expect(sortedNames(['Nguyễn Thị Bình', 'Trần Văn An'])).toEqual([
      'Trần Văn An',
      'Nguyễn Thị Bình'
    ])
    expect(compareVietnameseNames('Trần Văn An', 'Nguyễn Thị Bình')).toBeLessThan(0)
  })

  it('breaks ties on the given name by họ và đệm', () => {
    expect(sortedNames(['Trần Văn An', 'Nguyễn Văn An', 'Lê An', 'Đặng An', 'Dương An'])).toEqual([
      'Dương An',
      'Đặng An',
      'Lê An',
      'Nguyễn Văn An',
      'Trần Văn An'
    ])
  })

  it('compares the parts separately, never as one concatenated key', () => {
    // Concatenated without a separator "AnTrần" would sort after "AnhBùi".
    expect(sortedNames(['Bùi Anh', 'Trần An'])).toEqual(['Trần An', 'Bùi Anh'])
    expect(sortedNames(['Bùi Văn Anh', 'Trần Văn An', 'Trần Văn Ân'])).toEqual([
      'Trần Văn An',
      'Bùi Văn Anh',
      'Trần Văn Ân'
    ])
  })

  it('uses Vietnamese order for given names', () => {
    expect(sortedNames(['Lê Em', 'Nguyễn Văn Đức', 'Trần Dũng', 'Phạm Zung'])).toEqual([
      'Trần Dũng',
      'Nguyễn Văn Đức',
      'Lê Em',
      'Phạm Zung'
    ])
    expect(
      sortedNames(['Ngô Hạnh', 'Lý Hanh', 'Vũ Hãnh', 'Hồ Hành', 'Mai Hánh', 'Đỗ Hảnh'])
    ).toEqual(['Lý Hanh', 'Hồ Hành', 'Đỗ Hảnh', 'Vũ Hãnh', 'Mai Hánh', 'Ngô Hạnh'])
  })

  it('sorts old and new tone placement of a given name together, then by họ', () => {
    expect(sortedNames(['Phạm Hoá', 'Trần Hoà', 'Lê Văn Hòa', 'Lê Thị Hoa', 'Bùi Hòa'])).toEqual([
      'Lê Thị Hoa',
      'Bùi Hòa',
      'Lê Văn Hòa',
      'Trần Hoà',
      'Phạm Hoá'
    ])
  })

  it('uses the full name as the last tie-breaker', () => {
    const a = 'Lê Văn Hòa'
    const b = 'Lê Văn Hoà'
    expect(compareVietnameseNames(a, b)).not.toBe(0)
    expect(Math.sign(compareVietnameseNames(a, b))).toBe(-Math.sign(compareVietnameseNames(b, a)))
    expect(compareVietnameseNames(a, a.normalize('NFD'))).toBe(0)
    expect(compareVietnameseNames('  Lê  Văn An', 'Lê Văn An')).toBe(0)
  })

  it('honours an override split', () => {
    const ksor = { fullName: 'Ksor Y Bhin', split: { familyAndMiddle: 'Ksor', given: 'Y Bhin' } }
    expect(compareVietnameseNames('Ksor Y Bhin', 'Nguyễn Văn Bình')).toBeLessThan(0)
    expect(compareVietnameseNames(ksor, 'Nguyễn Văn Bình')).toBeGreaterThan(0)
    expect(nameSortKey(ksor)).toEqual({
      given: 'Y Bhin',
      familyAndMiddle: 'Ksor',
      full: 'Ksor Y Bhin'
    })
  })

  it('ignores an inconsistent override', () => {
    const stale = { fullName: 'Nguyễn Văn Bình', split: { familyAndMiddle: 'Nguyễn', given: 'An' } }
    expect(nameSortKey(stale).given).toBe('Bình')
  })
})

describe('sortByVietnameseName', () => {
  it('sorts records by name without modifying the input, stably', () => {
    const people = [
      { id: 1, name: 'Nguyễn Thị Bình' },
      { id: 2, name: 'Trần Văn An' },
      { id: 3, name: 'Đỗ Văn An' },
      { id: 4, name: 'Trần Văn An' }
    ]
    const copy = people.slice()
    const result = sortByVietnameseName(people, (p) => p.name)
    expect(result.map((p) => p.id)).toEqual([3, 2, 4, 1])
    expect(people).toEqual(copy)
  })

  it('accepts names with overrides', () => {
    const people = [
      { fullName: 'Ksor Y Bhin', split: { familyAndMiddle: 'Ksor', given: 'Y Bhin' } },
      { fullName: 'Nguyễn Văn Bình' }
    ]
    expect(sortByVietnameseName(people, (p) => p).map((p) => p.fullName)).toEqual([
      'Nguyễn Văn Bình',
      'Ksor Y Bhin'
    ])
  })
})

describe('vietnameseCollationSelfTest', () => {
  it('passes on this runtime (Node with full ICU)', () => {
    expect(vietnameseCollationSelfTest()).toEqual({ ok: true, problems: [] })
  })

  it('reports a runtime that falls back to the root collation', () => {
    const result = vietnameseCollationSelfTest(new Intl.Collator('und', { sensitivity: 'variant' }))
    expect(result.ok).toBe(false)
    expect(result.problems).toContain("expected 'ã' before 'á'")
    expect(result.problems).toContain("expected 'az' before 'ăa'")
    expect(result.problems.some((p) => p.includes('not Vietnamese'))).toBe(true)
  })
})
