import { describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import { builtInColumns } from '../delegate-table'
import { editValue, patchFor } from './use-grid-editing'

const messages = { invalidYear: 'Năm sinh sai', nameRequired: 'Cần họ tên' }
const column = (key: string) => builtInColumns.find((c) => c.key === key)!

describe('inline cell edits', () => {
  it('a year must be four digits; empty clears the birth date too', () => {
    expect(patchFor(column('birthYear'), '19a0', messages)).toBe('Năm sinh sai')
    expect(patchFor(column('birthYear'), ' 1980 ', messages)).toEqual({
      birthYear: 1980,
      birthDate: null
    })
    expect(patchFor(column('birthYear'), '', messages)).toEqual({
      birthYear: null,
      birthDate: null
    })
  })

  it('a name cannot be emptied; coded columns save their codes', () => {
    expect(patchFor(column('fullName'), '   ', messages)).toBe('Cần họ tên')
    expect(patchFor(column('gender'), 'female', messages)).toEqual({ gender: 'female' })
    expect(patchFor(column('gender'), '', messages)).toEqual({ gender: null })
    expect(patchFor(column('partyMember'), 'yes', messages)).toEqual({ partyMember: true })
  })

  it('the editor starts from the code, not the shown word', () => {
    const d = { gender: 'male', partyMember: false, categoryId: null } as unknown as Delegate
    expect(editValue(d, column('gender'))).toBe('male')
    expect(editValue(d, column('partyMember'))).toBe('no')
  })
})
