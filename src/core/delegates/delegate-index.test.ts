import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import { emptyDelegateFields } from '@shared/delegates/records'
import { duplicateKey } from '@shared/text'
import { delegateIndexOf, namesakesOf } from './delegate-index'

const names = ['Nguyễn Văn An', 'nguyễn  văn an', 'Lê Thị Hoà', 'Lê Thị Hòa', 'Trần Bình']

const delegate = (id: string, name: string, eventId = 'e1'): Delegate =>
  Object.freeze({
    ...emptyDelegateFields(),
    id,
    eventId,
    number: 1,
    fullName: name,
    createdAt: '',
    updatedAt: ''
  })

/** The namesakes of `d`, found by reading every record. */
const scan = (array: readonly Delegate[], d: Delegate) =>
  array
    .filter((o) => o.eventId === d.eventId && duplicateKey(o.fullName) === duplicateKey(d.fullName))
    .map((o) => o.id)
    .sort()

describe('delegate index carried over from the previous committed array', () => {
  it('equals an index built from scratch after any sequence of edits', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.nat(4) }),
      fc.record({ kind: fc.constant('add' as const), name: fc.nat(4), event: fc.boolean() }),
      fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() })
    )
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let next = 0
        let array: readonly Delegate[] = Object.freeze(names.map((n) => delegate(`d${next++}`, n)))
        for (const o of ops) {
          const copy = [...array]
          if (o.kind === 'add')
            copy.push(delegate(`d${next++}`, names[o.name]!, o.event ? 'e1' : 'e2'))
          else if (copy.length === 0) continue
          else if (o.kind === 'rename') {
            const i = o.at % copy.length
            copy[i] = delegate(copy[i]!.id, names[o.name]!, copy[i]!.eventId)
          } else if (o.kind === 'remove') copy.splice(o.at % copy.length, 1)
          else {
            const i = o.at % copy.length
            const j = o.other % copy.length
            ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
          }
          array = Object.freeze(copy)
          const index = delegateIndexOf(array)
          expect(new Map(index.positions)).toEqual(new Map(array.map((d, i) => [d.id, i])))
          for (const d of array)
            expect(
              namesakesOf(array, d)
                .map((n) => n.id)
                .sort()
            ).toEqual(scan(array, d))
        }
      }),
      { numRuns: 200 }
    )
  })

  it('sees through NFC/NFD, case, spacing and hòa/hoà, within one event only', () => {
    const array = Object.freeze([
      delegate('a', 'Lê Thị Hòa'),
      delegate('b', 'LÊ  THỊ HOÀ'.normalize('NFD')),
      delegate('c', 'Lê Thị Hòa', 'other-event'),
      delegate('d', 'Lê Thị Hoa')
    ])
    expect(namesakesOf(array, array[0]!).map((d) => d.id)).toEqual(['a', 'b'])
  })

  it('does not remember an array that can still change', () => {
    const array = [delegate('a', 'Trần Bình')]
    expect(delegateIndexOf(array).positions.get('a')).toBe(0)
    array.unshift(delegate('b', 'Trần Bình'))
    expect(delegateIndexOf(array).positions.get('a')).toBe(1)
  })
})
