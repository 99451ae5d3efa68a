import type { Migration } from '../storage/database-types'

/*
 * v6: certificate templates a user duplicated from the built-ins before they were fixed get the
 * same fixes, where the copy still holds the old built-in text (a field the user changed is left
 * as it is): "Truy tặng" in place of "Tặng" ({awardVerb}) instead of a second posthumous line,
 * the motto rule as long as the motto, "Số sổ vàng", and copies of the English template marked
 * English with its posthumous wording and decision reference in English. A copy printing on
 * blanks keeps its pre-printed "Tặng:" (printing "Truy tặng:" would land on it) and gains a
 * "Truy" printed just before it for a posthumous award.
 */

type Json = Record<string, unknown>
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

type Fix = (f: Json) => Json | Json[] | null

/**
 * The pre-printed "Tặng:" narrowed to its text (centred where it was) and "Truy" right-aligned
 * to end a space before it, as in the shipped blank template.
 */
function truyBefore(tang: Json): Json[] {
  const { xMm, widthMm } = tang
  if (typeof xMm !== 'number' || typeof widthMm !== 'number') return [tang]
  const style = isRecord(tang.style) ? tang.style : {}
  const sizePt = typeof style.sizePt === 'number' ? style.sizePt : 15
  // "Tặng:" is 2.5 em wide in Tinos bold italic.
  const tangWidthMm = Math.round(((2.5 * sizePt * 25.4) / 72 + 1.8) * 10) / 10
  const tangXMm = Math.round((xMm + widthMm / 2 - tangWidthMm / 2) * 10) / 10
  const truyWidthMm = Math.round((tangXMm - 0.2 - xMm) * 10) / 10
  if (truyWidthMm < 10) return [tang]
  const { preprinted: _, ...rest } = tang
  const truy = {
    ...rest,
    id: 'truy',
    label: 'Truy (trước chữ Tặng in sẵn)',
    content: '{posthumousPrefix}',
    widthMm: truyWidthMm,
    style: { ...style, align: 'right' }
  }
  return [{ ...tang, xMm: tangXMm, widthMm: tangWidthMm }, truy]
}

/** Old built-in field content → the fix, by field id. */
const vietnameseFixes = (blank: boolean): Record<string, Fix> => ({
  tang: (f) => {
    if (f.content !== 'Tặng:') return f
    if (blank && f.preprinted === true) return truyBefore(f)
    const { preprinted: _, ...rest } = f
    return { ...rest, content: '{awardVerb}:', label: 'Tặng / Truy tặng' }
  },
  posthumous: (f) => (f.content === '{posthumous}' ? null : f),
  mottoRule: (f) => (f.widthMm === 66 && f.xMm === 115.5 ? { ...f, widthMm: 60.4, xMm: 118.3 } : f),
  registerNumber: (f) =>
    f.content === 'Số sổ: {registerNumber}'
      ? { ...f, content: 'Số sổ vàng: {registerNumber}', label: 'Số sổ vàng' }
      : f
})

const englishFixes: Record<string, Fix> = {
  awardedTo: (f) => {
    if (f.content !== 'is proudly awarded to') return f
    const { preprinted: _, ...rest } = f
    return { ...rest, content: '{awardVerb}', label: 'Awarded to / posthumously awarded to' }
  },
  posthumous: (f) => (f.content === '{posthumous}' ? null : f),
  decisionRef: (f) =>
    f.content === 'Decision No. {decisionNumber} of {decisionDate}'
      ? { ...f, content: '{decisionRef}' }
      : f,
  qr: (f) =>
    f.content === 'Số sổ {registerNumber} | {nameLine} | QĐ {decisionNumber} ngày {decisionDate}'
      ? {
          ...f,
          content:
            'Register No. {registerNumber} | {nameLine} | Decision No. {decisionNumber} of {decisionDate}'
        }
      : f
}

const fieldsOf = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : [])

/** A copy of the English built-in: its "is proudly awarded to" line is still there. */
const isEnglishCopy = (t: Json): boolean =>
  fieldsOf(t.fields).some((f) => f.id === 'awardedTo' && f.content === 'is proudly awarded to')

function fixFields(fields: unknown, fixes: Record<string, Fix>): unknown {
  if (!Array.isArray(fields)) return fields
  return fields.flatMap((f: unknown) => {
    if (!isRecord(f) || typeof f.id !== 'string' || !Object.hasOwn(fixes, f.id)) return [f]
    const fixed = fixes[f.id]!(f)
    return fixed === null ? [] : Array.isArray(fixed) ? fixed : [fixed]
  })
}

export function upgradeCopiedTemplate(template: unknown): unknown {
  if (!isRecord(template) || template.builtIn === true) return template
  if ((template.kind ?? 'certificate') !== 'certificate' || template.language !== undefined)
    return template
  const english = isEnglishCopy(template)
  const fixes = english ? englishFixes : vietnameseFixes(template.mode === 'blank')
  const variants = isRecord(template.variants)
    ? Object.fromEntries(
        Object.entries(template.variants).map(([k, v]) => [k, fixFields(v, fixes)])
      )
    : template.variants
  return {
    ...template,
    ...(english ? { language: 'en' } : {}),
    fields: fixFields(template.fields, fixes),
    variants
  }
}

export const upgradeCopiedTemplates: Migration = {
  from: 5,
  migrate(data) {
    if (!isRecord(data)) throw new Error('v5 data is not an object')
    const certificates = data.certificates
    if (!isRecord(certificates) || !Array.isArray(certificates.templates)) return data
    return {
      ...data,
      certificates: {
        ...certificates,
        templates: certificates.templates.map(upgradeCopiedTemplate)
      }
    }
  }
}
