import fc from 'fast-check'
import { freeze } from 'immer'
import { describe, expect, it } from 'vitest'
import { dataJson } from './data-json'

describe('dataJson', () => {
  it('equals JSON.stringify for any JSON value, frozen or not, and reuses frozen parts', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(dataJson(value)).toBe(JSON.stringify(value))
        const frozen = freeze(structuredClone(value), true)
        expect(dataJson(frozen)).toBe(JSON.stringify(value))
        expect(dataJson(frozen)).toBe(JSON.stringify(value))
      }),
      { numRuns: 1000, seed: 11 }
    )
  })

  it('drops undefined members and writes undefined array items as null, like JSON.stringify', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } }
    expect(dataJson(value)).toBe(JSON.stringify(value))
  })
})
