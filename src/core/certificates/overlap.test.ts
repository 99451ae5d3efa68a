import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Template, TemplateField } from '@shared/certificates/entities'
import { overlappingFields } from './overlap'
import { shippedTemplates } from './templates'

const text = (id: string, xMm: number, yMm: number, widthMm = 100, heightMm = 10) =>
  ({ type: 'text', id, label: id, xMm, yMm, widthMm, heightMm }) as unknown as TemplateField

const template = (fields: Template['fields'], individual: Template['fields'] = []) =>
  ({
    fields,
    variants: { collective: [], individual, household: [] }
  }) as unknown as Template

describe('overlappingFields', () => {
  it('reports a field dragged onto another once, naming both', () => {
    const warnings = overlappingFields(
      template([text('title', 50, 40), text('name', 60, 45), text('line', 50, 60)])
    )
    expect(warnings).toEqual([
      expect.objectContaining({ fieldId: 'name', otherFieldId: 'title', kind: 'overlap' })
    ])
  })

  it('lets boxes touch, and ignores a variant that replaces a field in place', () => {
    expect(overlappingFields(template([text('a', 0, 0), text('b', 0, 10)]))).toEqual([])
    expect(overlappingFields(template([text('name', 50, 40)], [text('name', 50, 42)]))).toEqual([])
  })

  it('ignores decorative boxes and lines under the text', () => {
    const frame = {
      type: 'box',
      id: 'frame',
      label: '',
      xMm: 0,
      yMm: 0,
      widthMm: 297,
      heightMm: 210
    }
    expect(
      overlappingFields(template([frame as unknown as TemplateField, text('name', 50, 40)]))
    ).toEqual([])
  })
})

describe('the templates shipped with Dais', () => {
  const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
  it('have no field on top of another and every field on the page', () => {
    const templates = shippedTemplates(resourcesDir)
    expect(templates.length).toBeGreaterThanOrEqual(7)
    for (const t of templates) {
      expect(overlappingFields(t), t.name).toEqual([])
      for (const f of [...t.fields, ...Object.values(t.variants).flat()]) {
        expect(f.xMm, `${t.name}: ${f.id}`).toBeGreaterThanOrEqual(0)
        expect(f.yMm, `${t.name}: ${f.id}`).toBeGreaterThanOrEqual(0)
        expect(f.xMm + f.widthMm, `${t.name}: ${f.id}`).toBeLessThanOrEqual(t.page.widthMm)
        expect(f.yMm + f.heightMm, `${t.name}: ${f.id}`).toBeLessThanOrEqual(t.page.heightMm)
      }
    }
  })
})
