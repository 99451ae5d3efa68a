import { describe, expect, it } from 'vitest'
import type { LayoutWarning } from '@shared/certificates/contract'
import { cardsOf, groupCardProblems } from './card-problems'

const overflow = (fieldId: string, honoreeId: string, message: string): LayoutWarning => ({
  fieldId,
  honoreeId,
  kind: 'overflow',
  message
})
const t = (key: string, named: Record<string, unknown> = {}) => `${key} ${JSON.stringify(named)}`
const nameOf = (id: string | null) => `Đại biểu ${id}`

describe('the problems of a card run', () => {
  const title = 'Tên đại hội: "ĐẠI HỘI …" does not fit'
  const problems = [
    overflow('event', 'd1', title),
    overflow('name', 'd1', 'Họ và tên: "Bà Nguyễn Thị Minh Khai Phương Thảo" does not fit'),
    overflow('event', 'd2', title),
    overflow('event', 'd3', title)
  ]

  it('says text shared by every card once, with the cards it is on', () => {
    const lines = groupCardProblems(problems)
    expect(lines.map((l) => [l.warning.fieldId, l.delegateIds])).toEqual([
      ['event', ['d1', 'd2', 'd3']],
      ['name', ['d1']]
    ])
    expect(cardsOf(lines[0]!, 3, nameOf, t)).toBe('cards.print.everyCard {"count":3}')
    expect(cardsOf(lines[1]!, 3, nameOf, t)).toBe('Đại biểu d1')
  })

  it('names up to three cards, then the first two and how many more', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => overflow('event', id, title))
    const [line] = groupCardProblems(many)
    expect(cardsOf(line!, 12, nameOf, t)).toBe(
      'cards.print.moreCards {"names":"Đại biểu a, Đại biểu b","count":3}'
    )
    const [few] = groupCardProblems(many.slice(0, 3))
    expect(cardsOf(few!, 12, nameOf, t)).toBe('Đại biểu a, Đại biểu b, Đại biểu c')
  })
})
