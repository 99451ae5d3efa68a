import { describe, expect, it } from 'vitest'
import type { Template } from '@shared/certificates/entities'
import {
  isOverridden,
  layerFields,
  newField,
  pagePresetOf,
  patchField,
  removeField
} from './template-edits'

const page = { widthMm: 297, heightMm: 210 }

function template(): Template {
  return {
    id: 't1',
    name: 'Mẫu',
    builtIn: false,
    page,
    mode: 'blank',
    background: null,
    fields: [
      newField('text', 'name', page, 'Tên', 'Tinos'),
      newField('line', 'rule', page, 'Kẻ', 'Tinos')
    ],
    variants: { collective: [], individual: [], household: [] },
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z'
  }
}

describe('template edits by layer', () => {
  it('edits common fields in place', () => {
    const t = template()
    patchField(t, 'common', 'name', { xMm: 12 })
    expect(t.fields[0]).toMatchObject({ id: 'name', xMm: 12 })
    expect(t.variants.household).toEqual([])
  })

  it('creates a variant override on first edit and shows it only for that kind', () => {
    const t = template()
    patchField(t, 'household', 'name', { yMm: 77 })
    expect(t.fields[0]?.yMm).toBe(99)
    expect(isOverridden(t, 'household', 'name')).toBe(true)
    expect(isOverridden(t, 'individual', 'name')).toBe(false)
    expect(isOverridden(t, 'common', 'name')).toBeNull()
    expect(layerFields(t, 'household')[0]?.yMm).toBe(77)
    expect(layerFields(t, 'individual')[0]?.yMm).toBe(t.fields[0]?.yMm)
    patchField(t, 'household', 'name', { xMm: 5 })
    expect(t.variants.household).toHaveLength(1)
    expect(t.variants.household[0]).toMatchObject({ xMm: 5, yMm: 77 })
  })

  it('removing in a variant resets the override; in common removes everywhere', () => {
    const t = template()
    patchField(t, 'collective', 'name', { yMm: 1 })
    removeField(t, 'collective', 'name')
    expect(t.fields).toHaveLength(2)
    expect(t.variants.collective).toEqual([])
    patchField(t, 'collective', 'name', { yMm: 1 })
    removeField(t, 'common', 'name')
    expect(t.fields.map((f) => f.id)).toEqual(['rule'])
    expect(t.variants.collective).toEqual([])
  })

  it('places new fields on the page and lines with no height', () => {
    const line = newField('line', 'l', page, 'Kẻ', 'Tinos')
    expect(line.heightMm).toBe(0)
    const qr = newField('qr', 'q', page, 'QR', 'Tinos')
    expect(qr.xMm + qr.widthMm).toBeLessThanOrEqual(297)
  })

  it('recognises page presets', () => {
    expect(pagePresetOf({ widthMm: 297, heightMm: 210 })).toBe('a4Landscape')
    expect(pagePresetOf({ widthMm: 400, heightMm: 300 })).toBe('custom')
  })
})
