/*
 * What the MC reads, zod-free for the presenter view. Honorees are named with the honours
 * feature's wording; officials are addressed as "đồng chí", citizens as "ông/bà", the position
 * follows the name.
 */
import type { Honoree } from '../honours/entities'
import { honorific, nameLine, posthumousNote } from '../honours/wording'
import { vietnameseDate } from '../dates/vietnamese-date'

export type RoundHonoree = Pick<
  Honoree,
  'id' | 'kind' | 'name' | 'gender' | 'posthumous' | 'prefixOverride' | 'positionLine' | 'official'
>

const clean = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim()

const capitalise = (text: string): string =>
  text === '' ? text : (text[0] as string).toLocaleUpperCase('vi') + text.slice(1)

/**
 * "Đồng chí Nguyễn Văn An" / "Ông Trần Văn Bình" / "Hộ gia đình bà Lê Thị Hoa" / "Tổ dân phố số
 * 5". A posthumous award is received by the family: "Đại diện gia đình ông Phan Văn Hòa (truy
 * tặng)".
 */
export function mcName(h: RoundHonoree): string {
  const official = h.kind === 'individual' && h.official && !clean(h.prefixOverride ?? '')
  const note = posthumousNote(h)
  if (note && h.kind === 'individual') {
    const address = official ? 'đồng chí' : honorific(h).toLocaleLowerCase('vi')
    return `Đại diện gia đình ${[address, clean(h.name)].filter(Boolean).join(' ')} ${note}`
  }
  const name = official ? `Đồng chí ${clean(h.name)}` : nameLine(h)
  return note ? `${name} ${note}` : name
}

/** Who comes up and takes the seat: a collective's representative, the family of the deceased. */
export function receiverLine(h: RoundHonoree): string {
  const line = mcHonoreeLine(h)
  return h.kind === 'collective' ? `Đại diện ${line}` : line
}

/** The name followed by the position or address: "Đồng chí Nguyễn Văn An, Tổ trưởng Tổ dân phố số 3". */
export function mcHonoreeLine(h: RoundHonoree): string {
  const position = clean(h.positionLine)
  return position ? `${mcName(h)}, ${position}` : mcName(h)
}

const kindWords: Record<RoundHonoree['kind'], string> = {
  collective: 'tập thể',
  individual: 'cá nhân',
  household: 'hộ gia đình'
}

/** "các tập thể", "các cá nhân và hộ gia đình", in the order the kinds stand on stage. */
export function recipientsPhrase(honorees: readonly RoundHonoree[]): string {
  const kinds = [...new Set(honorees.map((h) => h.kind))]
  if (kinds.length === 0) return 'các điển hình tiên tiến'
  return `các ${joinWords(kinds.map((k) => kindWords[k]))}`
}

const joinWords = (words: string[]): string =>
  words.length === 1
    ? (words[0] as string)
    : `${words.slice(0, -1).join(', ')} và ${words[words.length - 1] as string}`

/** Who is called up: "đại diện các tập thể", "các cá nhân và đại diện gia đình". */
function calledPhrase(honorees: readonly RoundHonoree[]): string {
  const kinds = [...new Set(honorees.map((h) => h.kind))]
  if (kinds.length === 0) return 'các điển hình tiên tiến'
  const parts = kinds.map((k) =>
    k === 'collective' ? 'đại diện các tập thể' : `các ${kindWords[k]}`
  )
  if (honorees.some((h) => h.kind === 'individual' && posthumousNote(h)))
    parts.push('đại diện gia đình người được truy tặng')
  return joinWords(parts)
}

/** A presenter as stored ("Lê Minh Tuấn, Phó Bí thư …") addressed as an official. */
export function mcPresenter(presenter: string): string {
  const text = clean(presenter)
  return /^đồng chí\s/i.test(text)
    ? `đồng chí ${text.replace(/^đồng chí\s+/i, '')}`
    : `đồng chí ${text}`
}

/** "Xin trân trọng kính mời đồng chí …, lên trao Giấy khen cho các tập thể." */
export function roundInvitation(
  presenters: readonly string[],
  honorees: readonly RoundHonoree[],
  awardName: string
): string {
  const who = presenters.map(mcPresenter).filter((p) => p !== 'đồng chí ')
  const recipients = recipientsPhrase(honorees)
  if (who.length === 0) return `Xin mời ${calledPhrase(honorees)} có tên sau lên nhận ${awardName}:`
  const pause = who.some((w) => w.includes(',')) ? ',' : ''
  return `Xin trân trọng kính mời ${who.join(' và ')}${pause} lên trao ${awardName} cho ${recipients}.`
}

/** The call of the recipients before the names: "Xin mời các tập thể có tên sau lên sân khấu:" */
export function roundCall(honorees: readonly RoundHonoree[]): string {
  return `Xin mời ${calledPhrase(honorees)} có tên sau lên sân khấu nhận khen thưởng:`
}

/** "GIẤY KHEN" → "Giấy khen": an award form's title as said in a sentence. */
export function awardNameInSentence(title: string): string {
  const lower = clean(title).toLocaleLowerCase('vi')
  return capitalise(lower) || 'Giấy khen'
}

export interface DecisionReference {
  number: string
  symbol: string
  date: string | null
  subject: string
}

/** "Quyết định số 125/QĐ-UBND ngày 05/9/2025 về việc …". */
export function decisionReference(d: DecisionReference): string {
  const number = [clean(d.number), clean(d.symbol)].filter((p) => p !== '').join('/')
  const parts = [`Quyết định số ${number || '……'}`]
  if (d.date) parts.push(vietnameseDate(d.date))
  if (clean(d.subject)) parts.push(`về việc ${clean(d.subject)}`)
  return parts.join(' ')
}
