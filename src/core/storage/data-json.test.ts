import fc from 'fast-check'
import { freeze } from 'immer'
import { describe, expect, it } from 'vitest'
import { dataJson, dataParts } from './data-json'

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

  it('keeps a frozen record with nested objects as one part, and a big collection as parts', () => {
    const record = (i: number) => ({ id: `d${i}`, flags: { honoree: true }, custom: { a: 'x' } })
    const data = freeze({ delegates: Array.from({ length: 2000 }, (_, i) => record(i)) }, true)
    const parts = dataParts(data)
    expect(Buffer.concat(parts).toString()).toBe(JSON.stringify(data))
    // '{"delegates":' + '[' + 2000 records and 1999 commas + ']' + '}'
    expect(parts).toHaveLength(1 + 1 + 3999 + 1 + 1)
    expect(dataParts(data)[2]).toBe(parts[2])
  })

  it('drops undefined members and writes undefined array items as null, like JSON.stringify', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: undefined } }
    expect(dataJson(value)).toBe(JSON.stringify(value))
  })
})
