import { describe, expect, it } from 'vitest'
import type { HonoreeKind } from './entities'
import { honorific, nameLine, posthumousLine, type HonoreeWordingInput } from './wording'

const kinds: HonoreeKind[] = ['collective', 'individual', 'household']
const genders = ['male', 'female', null] as const
const overrides = [null, '', '  ', 'Đồng chí', 'Cụ'] as const

const expectedHonorific: Record<HonoreeKind, Record<string, string>> = {
  collective: { male: '', female: '', null: '' },
  individual: { male: 'Ông', female: 'Bà', null: '' },
  household: { male: 'Hộ gia đình ông', female: 'Hộ gia đình bà', null: 'Hộ gia đình' }
}

const names: Record<HonoreeKind, string> = {
  collective: 'Tổ dân phố số 5',
  individual: 'Nguyễn Văn An',
  household: 'Lê Thị Hoa'
}

describe('honours wording', () => {
  for (const kind of kinds)
    for (const gender of genders)
      for (const posthumous of [false, true])
        for (const prefixOverride of overrides) {
          const h: HonoreeWordingInput = {
            kind,
            name: names[kind],
            gender,
            posthumous,
            prefixOverride
          }
          it(`${kind} × ${String(gender)} × posthumous ${posthumous} × override ${JSON.stringify(prefixOverride)}`, () => {
            const override = (prefixOverride ?? '').trim()
            const prefix = override || expectedHonorific[kind][String(gender)]
            expect(honorific(h)).toBe(prefix)
            expect(nameLine(h)).toBe(prefix ? `${prefix} ${names[kind]}` : names[kind])
            expect(posthumousLine(h)).toBe(posthumous && kind !== 'collective' ? 'Truy tặng' : '')
          })
        }

  it('never guesses the gender from Văn / Thị', () => {
    expect(
      nameLine({
        kind: 'individual',
        name: 'Trần Thị Bình',
        gender: null,
        posthumous: false,
        prefixOverride: null
      })
    ).toBe('Trần Thị Bình')
  })

  it('household heads take the household prefix with the head gender', () => {
    const head = { kind: 'household' as const, posthumous: false, prefixOverride: null }
    expect(nameLine({ ...head, name: 'Lê Văn Cường', gender: 'male' })).toBe(
      'Hộ gia đình ông Lê Văn Cường'
    )
    expect(nameLine({ ...head, name: 'Lê Thị Hoa', gender: 'female' })).toBe(
      'Hộ gia đình bà Lê Thị Hoa'
    )
  })

  it('turns NFD input (name and override) into NFC output and collapses spaces', () => {
    const nfdName = '  Nguyễn   Thị\u00A0Ánh  '.normalize('NFD')
    const h: HonoreeWordingInput = {
      kind: 'individual',
      name: nfdName,
      gender: 'female',
      posthumous: true,
      prefixOverride: null
    }
    const line = nameLine(h)
    expect(line).toBe('Bà Nguyễn Thị Ánh')
    expect(line).toBe(line.normalize('NFC'))
    expect(line).not.toBe(line.normalize('NFD'))
    const overridden = nameLine({
      ...h,
      prefixOverride: 'Bà mẹ Việt Nam anh hùng'.normalize('NFD')
    })
    expect(overridden).toBe('Bà mẹ Việt Nam anh hùng Nguyễn Thị Ánh')
    expect(overridden.normalize('NFC')).toBe(overridden)
    expect(posthumousLine(h)).toBe('Truy tặng'.normalize('NFC'))
  })
})
