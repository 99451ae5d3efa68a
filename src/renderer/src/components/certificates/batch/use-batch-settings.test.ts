import { describe, expect, it } from 'vitest'
import { patternProblem } from './use-batch-settings'

describe('a zip file-name pattern', () => {
  it('is read when it uses only the fields Dais fills in', () => {
    expect(patternProblem('{stt:03}_{ten}.pdf')).toBeNull()
    expect(patternProblem('GK {so} - {ten}')).toBeNull()
    expect(patternProblem('giay-khen.pdf')).toBeNull()
  })

  it('names what is missing or unknown', () => {
    expect(patternProblem('  ')).toEqual({ kind: 'required' })
    expect(patternProblem('{stt}_{hoten}.pdf')).toEqual({ kind: 'unknown', field: '{hoten}' })
    expect(patternProblem('{stt:abc}.pdf')).toEqual({ kind: 'unknown', field: '{stt:abc}' })
  })
})
