import type { HonoreeKind } from '@shared/honours/entities'
import type { Template, TemplateField, TextStyle } from '@shared/certificates/entities'

/** What the designer edits: the fields common to every honoree, or one kind's variant. */
export type DesignLayer = 'common' | HonoreeKind

export type FieldType = TemplateField['type']
export const fieldTypes: readonly FieldType[] = ['text', 'image', 'line', 'box', 'qr']

/** The fields as printed for a layer: a variant's field replaces the common one with its id. */
export function layerFields(template: Template, layer: DesignLayer): TemplateField[] {
  if (layer === 'common') return template.fields
  const overrides = template.variants[layer]
  return template.fields.map((f) => overrides.find((o) => o.id === f.id) ?? f)
}

export function isOverridden(template: Template, layer: DesignLayer, id: string): boolean | null {
  if (layer === 'common') return null
  return template.variants[layer].some((f) => f.id === id)
}

/** Applies a patch to a field in place (on a draft); in a variant layer it creates the override. */
export function patchField(
  template: Template,
  layer: DesignLayer,
  id: string,
  patch: Partial<TemplateField>
): void {
  if (layer === 'common') {
    const i = template.fields.findIndex((f) => f.id === id)
    if (i >= 0) template.fields[i] = { ...template.fields[i], ...patch } as TemplateField
    return
  }
  const overrides = template.variants[layer]
  const i = overrides.findIndex((f) => f.id === id)
  if (i >= 0) {
    overrides[i] = { ...overrides[i], ...patch } as TemplateField
    return
  }
  const base = template.fields.find((f) => f.id === id)
  if (base) overrides.push({ ...structuredClone(base), ...patch } as TemplateField)
}

/** In the common layer removes the field everywhere; in a variant, only its override. */
export function removeField(template: Template, layer: DesignLayer, id: string): void {
  if (layer === 'common') {
    template.fields = template.fields.filter((f) => f.id !== id)
    for (const kind of ['collective', 'individual', 'household'] as const)
      template.variants[kind] = template.variants[kind].filter((f) => f.id !== id)
    return
  }
  template.variants[layer] = template.variants[layer].filter((f) => f.id !== id)
}

export const defaultTextStyle = (font: string): TextStyle => ({
  font,
  sizePt: 16,
  minSizePt: 10,
  bold: false,
  italic: false,
  color: '#000000',
  align: 'center',
  maxLines: 1,
  upperCase: false,
  lineHeight: 1.2
})

/** A new field of `type` near the middle of the page. */
export function newField(
  type: FieldType,
  id: string,
  page: { widthMm: number; heightMm: number },
  label: string,
  font: string
): TemplateField {
  const widthMm = type === 'qr' ? 20 : type === 'image' ? 30 : 100
  const heightMm = type === 'line' ? 0 : type === 'qr' ? 20 : type === 'image' ? 30 : 12
  const xMm = Math.round((page.widthMm - widthMm) / 2)
  const yMm = Math.round((page.heightMm - heightMm) / 2)
  const box = { id, label, xMm, yMm, widthMm, heightMm }
  switch (type) {
    case 'text':
      return { type, ...box, content: '{name}', style: defaultTextStyle(font) }
    case 'image':
      return { type, ...box, image: { mime: 'image/png', dataBase64: onePixelPng } }
    case 'line':
      return { type, ...box, color: '#000000', widthPt: 0.75 }
    case 'box':
      return { type, ...box, color: '#000000', widthPt: 0.75 }
    case 'qr':
      return { type, ...box, content: '{registerNumber}' }
  }
}

/** A transparent 1 × 1 PNG: an image field's placeholder until the user picks a picture. */
const onePixelPng =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

export const pagePresets = {
  a4Landscape: { widthMm: 297, heightMm: 210 },
  a4Portrait: { widthMm: 210, heightMm: 297 },
  a3Landscape: { widthMm: 420, heightMm: 297 },
  a3Portrait: { widthMm: 297, heightMm: 420 }
} as const
export type PagePreset = keyof typeof pagePresets | 'custom'

export function pagePresetOf(page: { widthMm: number; heightMm: number }): PagePreset {
  const hit = (Object.keys(pagePresets) as (keyof typeof pagePresets)[]).find(
    (k) => pagePresets[k].widthMm === page.widthMm && pagePresets[k].heightMm === page.heightMm
  )
  return hit ?? 'custom'
}

/**
 * A deep copy that shares the background image: it is replaced as a whole, never edited, and
 * copying a megabyte of base64 on every mouse move would make dragging stutter.
 */
export function cloneTemplate(template: Template): Template {
  const copy = JSON.parse(JSON.stringify({ ...template, background: null })) as Template
  copy.background = template.background
  return copy
}
