import { describe, expect, it } from 'vitest'
import type { Template, TemplateField } from '@shared/certificates/entities'
import { defaultTextStyle } from '../../../components/certificates/template-edits'
import { propertyKey, propertyLabelKey, propertyValue } from './use-designer-refusals'

const text = (id: string, xMm: number, sizePt = 16): TemplateField => ({
  type: 'text',
  id,
  label: id,
  xMm,
  yMm: 10,
  widthMm: 100,
  heightMm: 12,
  content: '{name}',
  style: { ...defaultTextStyle('Tinos'), sizePt }
})

const template = (fields: TemplateField[], individual: TemplateField[] = []): Template => ({
  id: 't',
  name: 'Mẫu',
  builtIn: false,
  page: { widthMm: 297, heightMm: 210 },
  mode: 'blank',
  background: null,
  fields,
  variants: { collective: [], individual, household: [] },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z'
})

describe('propertyValue', () => {
  it('reads a box property and a text style property of a field', () => {
    const t = template([text('name', 30, 18)])
    expect(propertyValue(t, propertyKey('common', 'name', 'xMm'))).toBe(30)
    expect(propertyValue(t, propertyKey('common', 'name', 'style.sizePt'))).toBe(18)
  })

  it('reads a variant layer as printed: its override, else the common field', () => {
    const t = template([text('name', 30), text('unit', 40)], [text('name', 55)])
    expect(propertyValue(t, propertyKey('individual', 'name', 'xMm'))).toBe(55)
    expect(propertyValue(t, propertyKey('individual', 'unit', 'xMm'))).toBe(40)
    expect(propertyValue(t, propertyKey('common', 'name', 'xMm'))).toBe(30)
  })

  it('is undefined once the field is gone, and for a property the field lacks', () => {
    const t = template([text('name', 30)])
    expect(propertyValue(t, propertyKey('common', 'gone', 'xMm'))).toBeUndefined()
    expect(propertyValue(t, propertyKey('common', 'name', 'widthPt'))).toBeUndefined()
  })

  it('tells field ids apart whatever characters they hold', () => {
    const t = template([text('a:b', 1), text('a', 2)])
    expect(propertyValue(t, propertyKey('common', 'a:b', 'xMm'))).toBe(1)
    expect(propertyValue(t, propertyKey('common', 'a', 'xMm'))).toBe(2)
  })
})

describe('propertyLabelKey', () => {
  it('names a property by its label in the properties panel', () => {
    expect(propertyLabelKey('xMm')).toBe('certificates.designer.box.xMm')
    expect(propertyLabelKey('style.lineHeight')).toBe('certificates.designer.lineHeight')
    expect(propertyLabelKey('widthPt')).toBe('certificates.designer.strokePt')
  })
})
