import { describe, expect, it } from 'vitest'
import { readTally } from './tally-input'

const saved = { households: 100, titled: 90 }

describe('readTally', () => {
  it('reads the typed counts over the saved ones', () => {
    expect(readTally({ households: ' 120 ', titled: null }, saved, 'households')).toEqual({
      counts: { households: 120, titled: 90 }
    })
    expect(readTally({ households: null, titled: '0' }, saved, 'titled')).toEqual({
      counts: { households: 100, titled: 0 }
    })
  })

  it('refuses what is not a whole number from 0, on its own field', () => {
    const problem = (text: string) =>
      readTally({ households: text, titled: null }, saved, 'households')
    expect(problem('abc')).toEqual({ problems: { households: { kind: 'required' } } })
    expect(problem('')).toEqual({ problems: { households: { kind: 'required' } } })
    expect(problem('-5')).toEqual({ problems: { households: { kind: 'negative' } } })
    expect(problem('2.5')).toEqual({ problems: { households: { kind: 'whole' } } })
    expect(problem('100001')).toEqual({
      problems: { households: { kind: 'range', min: 0, max: 100_000 } }
    })
  })

  it('says more titled households than households on the field typed last', () => {
    expect(readTally({ households: null, titled: '150' }, saved, 'titled')).toEqual({
      problems: { titled: { kind: 'overHouseholds', titled: 150, households: 100 } }
    })
    expect(readTally({ households: '80', titled: null }, saved, 'households')).toEqual({
      problems: { households: { kind: 'overHouseholds', titled: 90, households: 80 } }
    })
  })

  it('takes a refused count once the other field makes it right', () => {
    expect(readTally({ households: '200', titled: '150' }, saved, 'households')).toEqual({
      counts: { households: 200, titled: 150 }
    })
  })

  it('names each field that does not read, and no comparison until both do', () => {
    expect(readTally({ households: 'x', titled: '-1' }, saved, 'titled')).toEqual({
      problems: { households: { kind: 'required' }, titled: { kind: 'negative' } }
    })
  })
})
