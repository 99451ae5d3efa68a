import { describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import { builtInColumns } from '../delegate-table'
import type { NumberProblem } from '../../number-field'
import { editValue, patchFor } from './use-grid-editing'

const messages = {
  number: (p: NumberProblem) => JSON.stringify(p),
  nameRequired: 'Cần họ tên'
}
const column = (key: string) => builtInColumns.find((c) => c.key === key)!
const year = (typed: string) => patchFor(column('birthYear'), typed, messages, 2025)

describe('inline cell edits', () => {
  it('a birth year is a whole number from 1900 to this year; empty clears the birth date too', () => {
    expect(year(' 1980 ')).toEqual({ birthYear: 1980, birthDate: null })
    expect(year('2025')).toEqual({ birthYear: 2025, birthDate: null })
    expect(year('')).toEqual({ birthYear: null, birthDate: null })
  })

  it('refuses a year that is not one, with the reason, instead of saving or dropping it', () => {
    const range = JSON.stringify({ kind: 'range', min: 1900, max: 2025 })
    for (const typed of ['abc', '19a0', '1e3', '1.980.000', '19 80'])
      expect(year(typed), typed).toBe(JSON.stringify({ kind: 'required' }))
    for (const typed of ['-3', '1850', '2026', '2200', '19800'])
      expect(year(typed), typed).toBe(range)
    expect(year('1980,5')).toBe(JSON.stringify({ kind: 'decimals', decimals: 0 }))
    expect(year('1980.5')).toBe(JSON.stringify({ kind: 'decimals', decimals: 0 }))
  })

  it('a name cannot be emptied; coded columns save their codes', () => {
    expect(patchFor(column('fullName'), '   ', messages, 2025)).toBe('Cần họ tên')
    expect(patchFor(column('gender'), 'female', messages, 2025)).toEqual({ gender: 'female' })
    expect(patchFor(column('gender'), '', messages, 2025)).toEqual({ gender: null })
    expect(patchFor(column('partyMember'), 'yes', messages, 2025)).toEqual({ partyMember: true })
  })

  it('the editor starts from the code, not the shown word', () => {
    const d = { gender: 'male', partyMember: false, categoryId: null } as unknown as Delegate
    expect(editValue(d, column('gender'))).toBe('male')
    expect(editValue(d, column('partyMember'))).toBe('no')
  })
})
