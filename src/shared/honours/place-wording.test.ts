import { describe, expect, it } from 'vitest'
import { withoutOwnPlace } from './wording'

describe('withoutOwnPlace', () => {
  it('leaves out the event’s own ward after a separator, keeps other places', () => {
    expect(withoutOwnPlace('Trường Tiểu học Tiền Phong, Phường Tiền Phong', 'Tiền Phong')).toBe(
      'Trường Tiểu học Tiền Phong'
    )
    expect(withoutOwnPlace('Tổ trưởng Tổ dân phố số 3 - phường Tiền Phong', 'Tiền Phong')).toBe(
      'Tổ trưởng Tổ dân phố số 3'
    )
    expect(withoutOwnPlace('Giáo viên, Phường Hòa Bình', 'Tiền Phong')).toBe(
      'Giáo viên, phường Hòa Bình'
    )
    // Part of a body's own name: kept.
    expect(withoutOwnPlace('Chủ tịch Hội Cựu chiến binh phường Tiền Phong', 'Tiền Phong')).toBe(
      'Chủ tịch Hội Cựu chiến binh phường Tiền Phong'
    )
    expect(withoutOwnPlace('Phường Tiền Phong', 'Tiền Phong')).toBe('')
  })

  it('never capitalises "phường" or "xã" inside a line', () => {
    expect(withoutOwnPlace('Bí thư Chi bộ khu 2, Phường Tiền Phong', '')).toBe(
      'Bí thư Chi bộ khu 2, phường Tiền Phong'
    )
    expect(withoutOwnPlace('Nông dân Xã Đông Hòa', '')).toBe('Nông dân xã Đông Hòa')
  })
})
