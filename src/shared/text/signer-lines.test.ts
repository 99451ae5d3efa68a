import { describe, expect, it } from 'vitest'
import { signerBlockOf, signerTitleLines } from './signer-lines'

describe('signerTitleLines', () => {
  it('renders a deputy signing for the head ("KT." is the default)', () => {
    expect(signerTitleLines({ title: 'Phó Chủ tịch', onBehalfOf: 'Chủ tịch' })).toEqual([
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH'
    ])
    expect(signerTitleLines({ title: 'CHỦ TỊCH' })).toEqual(['CHỦ TỊCH'])
  })

  it('names the collective first, then the delegation, then the (acting) title', () => {
    expect(signerTitleLines({ title: 'Chủ tịch', collective: 'Ủy ban nhân dân' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH'
    ])
    expect(
      signerTitleLines({
        title: 'Phó Chủ tịch',
        collective: 'Ủy ban nhân dân',
        onBehalfOf: 'Chủ tịch'
      })
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'])
    expect(signerTitleLines({ title: 'Chủ tịch', acting: true })).toEqual(['Q. CHỦ TỊCH'])
    expect(
      signerTitleLines({ title: 'Chánh Văn phòng', onBehalfOf: 'Chủ tịch', delegation: 'TL' })
    ).toEqual(['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'])
    expect(
      signerTitleLines({ title: 'Chánh Văn phòng', onBehalfOf: 'Chủ tịch', delegation: 'TUQ' })
    ).toEqual(['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG'])
    expect(signerTitleLines({ title: 'Trưởng ban', collective: 'Ban Tổ chức' })).toEqual([
      'TM. BAN TỔ CHỨC',
      'TRƯỞNG BAN'
    ])
  })

  it('copies a profile signer into a document without its id or empty parts', () => {
    expect(
      signerBlockOf({
        name: 'A',
        title: 'CHỦ TỊCH',
        collective: ' ',
        onBehalfOf: '',
        acting: false
      })
    ).toEqual({ name: 'A', title: 'CHỦ TỊCH' })
    expect(
      signerBlockOf({
        name: 'B',
        title: 'CHÁNH VĂN PHÒNG',
        collective: 'ỦY BAN NHÂN DÂN',
        onBehalfOf: 'CHỦ TỊCH',
        delegation: 'TUQ',
        acting: true
      })
    ).toEqual({
      name: 'B',
      title: 'CHÁNH VĂN PHÒNG',
      collective: 'ỦY BAN NHÂN DÂN',
      onBehalfOf: 'CHỦ TỊCH',
      delegation: 'TUQ',
      acting: true
    })
  })
})
