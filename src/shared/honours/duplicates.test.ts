import { describe, expect, it } from 'vitest'
import { findDuplicateHonorees } from './duplicates'

const h = (id: string, name: string, positionLine = '', kind = 'individual' as const) => ({
  id,
  kind,
  name,
  positionLine
})

describe('findDuplicateHonorees', () => {
  it('sees old and new tone placement, case, spacing and the wrong-code-page Ð as one name', () => {
    const found = findDuplicateHonorees([
      h('a', 'Phạm Thị Hoà', 'Tổ trưởng Tổ dân phố số 3'),
      h('b', 'phạm  thị hòa', 'Tổ trưởng Tổ dân phố số 3'),
      h('c', 'Ðỗ Văn Minh'),
      h('d', 'Đỗ Văn Minh'),
      h('e', 'Phạm Thị Hóa', 'Tổ trưởng Tổ dân phố số 3')
    ])
    expect(found).toEqual([
      { honoreeIds: ['a', 'b'], name: 'Phạm Thị Hoà' },
      { honoreeIds: ['c', 'd'], name: 'Ðỗ Văn Minh' }
    ])
  })

  it('keeps namesakes apart when their position or unit differs, not when one is missing', () => {
    expect(
      findDuplicateHonorees([
        h('a', 'Nguyễn Văn An', 'Trưởng thôn Đông'),
        h('b', 'Nguyễn Văn An', 'Giáo viên Trường Tiểu học Tiền Phong')
      ])
    ).toEqual([])
    expect(
      findDuplicateHonorees([h('a', 'Nguyễn Văn An', 'Trưởng thôn Đông'), h('b', 'Nguyễn Văn An')])
    ).toHaveLength(1)
  })

  it('compares within a kind only: a household head is not the individual', () => {
    expect(
      findDuplicateHonorees([
        h('a', 'Lê Văn Cường'),
        { ...h('b', 'Lê Văn Cường'), kind: 'household' as const }
      ])
    ).toEqual([])
  })
})
