import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import { delegateNameInput, emptyDelegateFields } from '@shared/delegates/records'
import { compareVietnameseNames } from '@shared/text'
import { filterRows, rowSearchKey, sortByName, tableColumns } from './delegate-table'

let n = 0
const delegate = (fullName: string, more: Partial<Delegate> = {}): Delegate =>
  Object.freeze({
    ...emptyDelegateFields(),
    id: `d${++n}`,
    eventId: 'e',
    number: n,
    createdAt: '',
    updatedAt: '',
    fullName,
    ...more
  })

describe('delegate table', () => {
  it('sorts by given name first, Đ after D, tones in order, hòa with hoà', () => {
    const names = ['Nguyễn Văn Đạt', 'Trần Thị Dung', 'Lê Văn Hoà', 'Phạm Hòa', 'Lê Ánh', 'Vũ Anh']
    const sorted = sortByName(names.map((name) => delegate(name))).map((d) => d.fullName)
    expect(sorted).toEqual([
      'Vũ Anh',
      'Lê Ánh',
      'Trần Thị Dung',
      'Nguyễn Văn Đạt',
      'Lê Văn Hoà',
      'Phạm Hòa'
    ])
  })

  it('gives the same order as compareVietnameseNames, manual splits included', () => {
    const syllable = fc.constantFrom(
      'Nguyễn',
      'Đặng',
      'Hòa',
      'Hoà',
      'An',
      'Ân',
      'Ánh',
      'Thị',
      'Văn',
      'Tôn Thất',
      'Lò'
    )
    fc.assert(
      fc.property(
        fc.array(fc.array(syllable, { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
        (lists) => {
          const delegates = lists.map((parts) => delegate(parts.join(' ')))
          const expected = delegates
            .slice()
            .sort(
              (a, b) =>
                compareVietnameseNames(delegateNameInput(a), delegateNameInput(b)) ||
                a.number - b.number
            )
          expect(sortByName(delegates).map((d) => d.id)).toEqual(expected.map((d) => d.id))
        }
      )
    )
    const split = delegate('Tôn Thất Thuyết', {
      familyAndMiddleOverride: 'Tôn Thất',
      givenNameOverride: 'Thuyết'
    })
    expect(sortByName([delegate('Lê Văn Bình'), split]).map((d) => d.fullName)).toEqual([
      'Lê Văn Bình',
      'Tôn Thất Thuyết'
    ])
  })

  it('finds "nguyen van an" in "Nguyễn Văn An" and filters by column', () => {
    const rows = [
      delegate('Nguyễn Văn An', { ethnicity: 'Tày', gender: 'male', birthYear: 1980 }),
      delegate('Nguyễn Thị Ân', { ethnicity: 'Kinh', gender: 'female', birthYear: 1995 }),
      delegate('Trần Văn Bình', { unit: 'Tổ dân phố số 5', gender: 'male', birthYear: 1960 })
    ]
    const columns = tableColumns([])
    const keys = () => rows.map((d) => rowSearchKey(d, new Map()))
    const names = (q: string, f: Record<string, string> = {}) =>
      filterRows(rows, keys, q, f, columns).map((d) => d.fullName)
    expect(names('nguyen van an')).toEqual(['Nguyễn Văn An'])
    expect(names('NGUYEN')).toEqual(['Nguyễn Văn An', 'Nguyễn Thị Ân'])
    expect(names('to dan pho 5')).toEqual(['Trần Văn Bình'])
    expect(names('', { ethnicity: 'tay' })).toEqual(['Nguyễn Văn An'])
    expect(names('', { gender: 'female' })).toEqual(['Nguyễn Thị Ân'])
    expect(names('', { birthYear: '1970-1999' })).toEqual(['Nguyễn Văn An', 'Nguyễn Thị Ân'])
    expect(names('van', { gender: 'male', birthYear: '196' })).toEqual(['Trần Văn Bình'])
  })
})
