import type { LayoutWarning } from '@shared/certificates/contract'
import type { Template, TemplateField } from '@shared/certificates/entities'
import { honoreeKindList } from '@shared/honours/records'
import { fieldsFor } from './layout'

/** How far two boxes must reach into each other, both ways, to count as on top of each other. */
const toleranceMm = 0.5

type Placed = Extract<TemplateField, { type: 'text' | 'image' | 'qr' }>
const placed = (f: TemplateField): f is Placed =>
  f.type === 'text' || f.type === 'image' || f.type === 'qr'

const overlap = (a: Placed, b: Placed) =>
  Math.min(a.xMm + a.widthMm, b.xMm + b.widthMm) - Math.max(a.xMm, b.xMm) > toleranceMm &&
  Math.min(a.yMm + a.heightMm, b.yMm + b.heightMm) - Math.max(a.yMm, b.yMm) > toleranceMm

/**
 * Fields drawn on top of each other (text over text, a name over the pre-printed GIẤY KHEN): one
 * warning per pair, on the field listed later. Boxes and lines lie under text by design and are
 * not checked; fields of different honoree kinds' variants never print together.
 */
export function overlappingFields(template: Template): LayoutWarning[] {
  const seen = new Set<string>()
  const warnings: LayoutWarning[] = []
  for (const kind of honoreeKindList) {
    const fields = fieldsFor(template, kind).filter(placed)
    fields.forEach((b, j) => {
      for (const a of fields.slice(0, j)) {
        const key = `${a.id}\u0000${b.id}`
        if (seen.has(key) || !overlap(a, b)) continue
        seen.add(key)
        warnings.push({
          fieldId: b.id,
          honoreeId: null,
          kind: 'overlap',
          otherFieldId: a.id,
          message: `${b.label || b.id} lies on top of ${a.label || a.id}`
        })
      }
    })
  }
  return warnings
}
