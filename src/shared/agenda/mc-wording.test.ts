import { describe, expect, it } from 'vitest'
import { decisionReference, mcHonoreeLine, roundInvitation, type RoundHonoree } from './mc-wording'
import { shortVietnameseDate } from '../dates/vietnamese-date'

const h = (extra: Partial<RoundHonoree>): RoundHonoree => ({
  id: 'h',
  kind: 'individual',
  name: 'Nguyễn Văn An',
  gender: 'male',
  posthumous: false,
  prefixOverride: null,
  positionLine: '',
  official: false,
  ...extra
})

describe('MC wording', () => {
  it('addresses officials as "đồng chí", with the position after the name', () => {
    expect(
      mcHonoreeLine(h({ official: true, positionLine: 'Bí thư Chi bộ Tổ dân phố số 3' }))
    ).toBe('Đồng chí Nguyễn Văn An, Bí thư Chi bộ Tổ dân phố số 3')
  })

  it('addresses citizens as ông / bà from the recorded gender', () => {
    expect(mcHonoreeLine(h({ positionLine: 'Tổ dân phố số 5' }))).toBe(
      'Ông Nguyễn Văn An, Tổ dân phố số 5'
    )
    expect(mcHonoreeLine(h({ name: 'Trần Thị Bình', gender: 'female' }))).toBe('Bà Trần Thị Bình')
  })

  it('names collectives bare and households by their head', () => {
    expect(mcHonoreeLine(h({ kind: 'collective', name: 'Tổ dân phố số 5', gender: null }))).toBe(
      'Tổ dân phố số 5'
    )
    expect(
      mcHonoreeLine(
        h({
          kind: 'household',
          name: 'Lê Thị Hoa',
          gender: 'female',
          positionLine: 'Tổ dân phố số 2'
        })
      )
    ).toBe('Hộ gia đình bà Lê Thị Hoa, Tổ dân phố số 2')
    // an official heading a household is still named as the household
    expect(mcHonoreeLine(h({ kind: 'household', official: true }))).toBe(
      'Hộ gia đình ông Nguyễn Văn An'
    )
  })

  it('marks a posthumous award and returns NFC', () => {
    const line = mcHonoreeLine(h({ name: 'Nguye\u0302\u0303n Văn An', posthumous: true }))
    expect(line).toBe('Đại diện gia đình ông Nguyễn Văn An (truy tặng)')
    expect(line).toBe(line.normalize('NFC'))
  })

  it('invites the presenters as officials and names the recipients by kind', () => {
    expect(
      roundInvitation(
        ['Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường'],
        [h({ kind: 'collective' })],
        'Giấy khen'
      )
    ).toBe(
      'Xin trân trọng kính mời đồng chí Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường, lên trao Giấy khen cho các tập thể.'
    )
    expect(roundInvitation(['A', 'B'], [h({}), h({ kind: 'household' })], 'Giấy khen')).toBe(
      'Xin trân trọng kính mời đồng chí A và đồng chí B lên trao Giấy khen cho các cá nhân và hộ gia đình.'
    )
  })

  it('cites the decision with its number and date', () => {
    expect(
      decisionReference({
        number: '125',
        symbol: 'QĐ-UBND',
        date: '2025-09-05',
        subject: 'tặng Giấy khen'
      })
    ).toBe('Quyết định số 125/QĐ-UBND ngày 05 tháng 9 năm 2025 về việc tặng Giấy khen')
    expect(shortVietnameseDate('2025-02-15')).toBe('15/02/2025')
  })
})
