/**
 * How an honoree is named on the certificate, in the decision's list and by the MC.
 * Zod-free (the renderer imports it at runtime). Every result is NFC.
 */
import type { Honoree } from './entities'

export type HonoreeWordingInput = Pick<
  Honoree,
  'kind' | 'name' | 'gender' | 'posthumous' | 'prefixOverride'
>

const clean = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * "Ông" / "Bà" for individuals, "Hộ gia đình ông" / "Hộ gia đình bà" for households (from the
 * head's gender), "" for collectives; the prefix override wins when it is not blank. Without a
 * gender the honorific is never guessed from the name: "" or "Hộ gia đình".
 */
export function honorific(
  h: Pick<HonoreeWordingInput, 'kind' | 'gender' | 'prefixOverride'>
): string {
  const override = clean(h.prefixOverride ?? '')
  if (override) return override
  switch (h.kind) {
    case 'collective':
      return ''
    case 'individual':
      return h.gender === 'male' ? 'Ông' : h.gender === 'female' ? 'Bà' : ''
    case 'household':
      return h.gender === 'male'
        ? 'Hộ gia đình ông'
        : h.gender === 'female'
          ? 'Hộ gia đình bà'
          : 'Hộ gia đình'
  }
}

/** "Ông Nguyễn Văn An", "Hộ gia đình bà Lê Thị Hoa", "Tổ dân phố số 5". */
export function nameLine(h: HonoreeWordingInput): string {
  return [honorific(h), clean(h.name)].filter((part) => part !== '').join(' ')
}

/** "Truy tặng" above the name line for a posthumous award; "" otherwise and for collectives. */
export function posthumousLine(h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>): string {
  return h.posthumous && h.kind !== 'collective' ? 'Truy tặng' : ''
}

/** "(truy tặng)" after a name in a list or a sentence; "" when the award is not posthumous. */
export function posthumousNote(h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>): string {
  return posthumousLine(h) ? '(truy tặng)' : ''
}

/** The verb before the recipient on a certificate: "Truy tặng" in place of "Tặng". */
export function awardVerb(h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>): string {
  return posthumousLine(h) || 'Tặng'
}

/** "Truy" before a pre-printed "Tặng" on a blank for a posthumous award; "" otherwise. */
export function posthumousPrefix(h: Pick<HonoreeWordingInput, 'kind' | 'posthumous'>): string {
  return posthumousLine(h) ? 'Truy' : ''
}

const localUnits = 'phường|xã|thị trấn|đặc khu'
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A position or unit as said and listed in the ward's own papers: the event's own ward after a
 * comma or dash is left out ("Trường Tiểu học Tiền Phong, Phường Tiền Phong" → "Trường Tiểu học
 * Tiền Phong"), other places stay, and "phường"/"xã" are lower case inside the line.
 */
export function withoutOwnPlace(text: string, ownPlace: string): string {
  let line = clean(text)
  const place = clean(ownPlace)
  if (place) {
    const own = new RegExp(
      `(?:^|\\s*[,;–-]\\s*)(?:${localUnits})\\s+${escapeRegExp(place)}\\s*$`,
      'iu'
    )
    line = line.replace(own, '')
  }
  return line.replace(new RegExp(`(?<=\\S\\s)(?:${localUnits})(?=\\s)`, 'giu'), (w) =>
    w.toLocaleLowerCase('vi')
  )
}
