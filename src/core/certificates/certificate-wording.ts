import type { SignerBlock } from '@shared/entities'
import type { TemplateLanguage } from '@shared/certificates/records'
import type { HonoreeWordingInput } from '@shared/honours/wording'
import { toUpperVietnamese } from '@shared/text'

/*
 * The words a certificate's placeholders add around the office's data, in the template's
 * language: forms of address, the award verb, dates, the decision reference, the signer's
 * authority. Vietnamese wording lives in shared/honours/wording.ts and the shared date
 * formatter; this module adds English and German. Names, positions and achievements are the
 * office's own text and print as typed.
 */

type Other = Exclude<TemplateLanguage, 'vi'>

const clean = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim()

const months: Record<Other, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember'
  ]
}

/** "5 September 2025" / "5. September 2025"; '' without a date. */
export function dateInWords(language: Other, iso: string | null): string {
  if (!iso) return ''
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const month = months[language][m - 1] ?? ''
  return language === 'en' ? `${d} ${month} ${y}` : `${d}. ${month} ${y}`
}

/** "Berlin, den 5. September 2025", "Tiền Phong, 5 September 2025". */
export function placeDateIn(language: Other, place: string, iso: string | null): string {
  const p = clean(place)
  if (language === 'de') {
    const date = iso ? `den ${dateInWords('de', iso)}` : 'den ……………'
    return p ? `${p}, ${date}` : date
  }
  const date = iso ? dateInWords('en', iso) : '……………'
  return p ? `${p}, ${date}` : date
}

/**
 * Standard titles and bodies of Vietnamese administration, as the other languages name them.
 * Keys are compared case- and tone-mark-insensitively; anything else prints as typed.
 */
const terms: { vi: string; en: string; de: string; deFor?: string }[] = [
  { vi: 'phó chủ tịch', en: 'Vice Chairman', de: 'Stellvertretender Vorsitzender' },
  { vi: 'chủ tịch', en: 'Chairman', de: 'Vorsitzender' },
  { vi: 'bí thư', en: 'Secretary', de: 'Sekretär' },
  { vi: 'phó bí thư', en: 'Deputy Secretary', de: 'Stellvertretender Sekretär' },
  { vi: 'chánh văn phòng', en: 'Chief of Office', de: 'Büroleiter' },
  { vi: 'trưởng ban', en: 'Head of Committee', de: 'Ausschussvorsitzender' },
  { vi: 'giám đốc', en: 'Director', de: 'Direktor' },
  {
    vi: 'ủy ban nhân dân',
    en: "People's Committee",
    de: 'Volkskomitee',
    deFor: 'das Volkskomitee'
  },
  {
    vi: 'ban tổ chức',
    en: 'Organising Committee',
    de: 'Organisationskomitee',
    deFor: 'das Organisationskomitee'
  },
  { vi: 'ban chấp hành', en: 'Executive Committee', de: 'Vorstand', deFor: 'den Vorstand' },
  { vi: 'giấy khen', en: 'Certificate of Merit', de: 'Ehrenurkunde' },
  { vi: 'bằng khen', en: 'Certificate of Merit', de: 'Ehrenurkunde' }
]
const localUnits: { vi: string; en: string; de: string }[] = [
  { vi: 'phường', en: 'Ward', de: 'Stadtbezirk' },
  { vi: 'xã', en: 'Commune', de: 'Gemeinde' },
  { vi: 'thị trấn', en: 'Township', de: 'Kleinstadt' },
  { vi: 'quận', en: 'District', de: 'Bezirk' },
  { vi: 'huyện', en: 'District', de: 'Kreis' },
  { vi: 'tỉnh', en: 'Province', de: 'Provinz' },
  { vi: 'thành phố', en: 'City', de: 'Stadt' }
]

/** Case-insensitive, with both tone placements (hòa/hoà) treated alike. */
const key = (s: string): string =>
  clean(s)
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')

/** A title or body in the other language: "Chủ tịch" → "Chairman"; unknown text as typed. */
export function termIn(language: Other, text: string): string {
  const k = key(text)
  if (k === '') return ''
  const exact = terms.find((t) => key(t.vi) === k)
  if (exact) return exact[language]
  // "Ủy ban nhân dân phường Tiền Phong" → "People's Committee of Tiền Phong Ward".
  for (const body of terms) {
    if (!k.startsWith(`${key(body.vi)} `)) continue
    const rest = clean(text).split(' ').slice(body.vi.split(' ').length).join(' ')
    const unit = localUnits.find((u) => key(rest).startsWith(`${key(u.vi)} `))
    if (!unit) break
    const place = rest.split(' ').slice(unit.vi.split(' ').length).join(' ')
    return language === 'en'
      ? `${body.en} of ${place} ${unit.en}`
      : `${body.de} ${unit.de} ${place}`
  }
  return clean(text)
}

const upper = (s: string): string => toUpperVietnamese(s)

/** "Mr" / "Ms", "The household of Mr" — or "Herrn" / "Frau", "Haushalt von Herrn". */
export function honorificIn(
  language: Other,
  h: Pick<HonoreeWordingInput, 'kind' | 'gender' | 'prefixOverride'>
): string {
  const override = clean(h.prefixOverride ?? '')
  if (override) return override
  const person =
    language === 'en'
      ? h.gender === 'male'
        ? 'Mr'
        : h.gender === 'female'
          ? 'Ms'
          : ''
      : h.gender === 'male'
        ? 'Herrn'
        : h.gender === 'female'
          ? 'Frau'
          : ''
  switch (h.kind) {
    case 'collective':
      return ''
    case 'individual':
      return person
    case 'household': {
      const head = language === 'en' ? 'The household of' : 'Haushalt von'
      return person ? `${head} ${person}` : language === 'en' ? 'The household of' : 'Haushalt'
    }
  }
}

/** The line before the recipient, the posthumous one in its place. */
export function awardVerbIn(
  language: Other,
  h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>
): string {
  const posthumous = h.posthumous && h.kind !== 'collective'
  if (language === 'en') return posthumous ? 'is posthumously awarded to' : 'is proudly awarded to'
  return posthumous ? 'posthum verliehen an' : 'verliehen an'
}

/** The word before a pre-printed award verb on a blank: "Posthumously" / "Posthum". */
export function posthumousPrefixIn(
  language: Other,
  h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>
): string {
  if (!h.posthumous || h.kind === 'collective') return ''
  return language === 'en' ? 'Posthumously' : 'Posthum'
}

/** A separate posthumous line for templates that have one: "Posthumous award" / "Posthum". */
export function posthumousLineIn(
  language: Other,
  h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>
): string {
  if (!h.posthumous || h.kind === 'collective') return ''
  return language === 'en' ? 'Posthumous award' : 'Posthum'
}

/** "Decision No. 125/QĐ-UBND of 5 September 2025" / "Beschluss Nr. … vom 5. September 2025". */
export function decisionRefIn(language: Other, number: string, iso: string | null): string {
  if (!number) return ''
  const date = dateInWords(language, iso)
  return language === 'en'
    ? `Decision No. ${number}${date ? ` of ${date}` : ''}`
    : `Beschluss Nr. ${number}${date ? ` vom ${date}` : ''}`
}

/**
 * The signer's authority lines, top to bottom, in the other language: "ON BEHALF OF THE
 * PEOPLE'S COMMITTEE", "FOR THE CHAIRMAN", "VICE CHAIRMAN" — or in German "Für das
 * Volkskomitee", "In Vertretung des Vorsitzenden" shortened to "In Vertretung", "Stellvertretender
 * Vorsitzender". English is upper case like the Vietnamese block; German keeps its nouns' case.
 */
export function signerTitleLinesIn(
  language: Other,
  s: Pick<SignerBlock, 'title' | 'collective' | 'onBehalfOf' | 'delegation' | 'acting'>
): string[] {
  const lines: string[] = []
  const title = termIn(language, s.title)
  if (language === 'en') {
    if (s.collective?.trim()) lines.push(upper(`On behalf of the ${termIn('en', s.collective)}`))
    if (s.onBehalfOf?.trim()) {
      const head = termIn('en', s.onBehalfOf)
      lines.push(
        upper(
          s.delegation === 'TL' || s.delegation === 'TUQ'
            ? `By order of the ${head}`
            : `For the ${head}`
        )
      )
    }
    if (title) lines.push(upper(`${s.acting ? 'Acting ' : ''}${title}`))
    return lines
  }
  if (s.collective?.trim()) {
    const body = terms.find((t) => key(t.vi) === key(s.collective ?? ''))
    lines.push(`Für ${body?.deFor ?? termIn('de', s.collective)}`)
  }
  if (s.onBehalfOf?.trim())
    lines.push(s.delegation === 'TL' || s.delegation === 'TUQ' ? 'Im Auftrag' : 'In Vertretung')
  if (title) lines.push(`${s.acting ? 'Kommissarischer ' : ''}${title}`)
  return lines
}

/** "CHAIRMAN OF THE PEOPLE'S COMMITTEE OF TIỀN PHONG WARD" / "Vorsitzender – Volkskomitee …". */
export function authorityIn(language: Other, head: string, body: string): string {
  const h = termIn(language, head)
  const b = termIn(language, body)
  if (language === 'en') return upper([h, b].filter(Boolean).join(' of the '))
  return [h, b].filter(Boolean).join(' – ')
}
