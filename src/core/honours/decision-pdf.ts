/**
 * The commendation decision (Quyết định khen thưởng) in Decree 30 layout, followed on a new page by
 * its attached list. `decisionLayout` decides every line, number and row (pure, tested on its own);
 * `renderDecisionPdf` paints it with the PDF kit.
 */
import type { Organisation } from '@shared/entities'
import type {
  AwardForm,
  BonusTable,
  Decision,
  DecisionSigner,
  Honoree,
  HonoreeKind
} from '@shared/honours/entities'
import { nameLine, posthumousNote, withoutOwnPlace } from '@shared/honours/wording'
import { toUpperVietnamese } from '@shared/text'
import { shortVietnameseDate } from '@shared/dates/vietnamese-date'
import type { BundledFonts } from '../pdf/fonts'
import { fontName } from '../pdf/fonts'
import { createOfficialDocument, mmToPt, type TableRow } from '../pdf/official-document'
import { formatVnd, vndInWords } from '../pdf/vietnamese-money'
import { computeBonusTable, decisionHonorees } from './bonus'

export interface DecisionPdfInput {
  organisation: Organisation
  decision: Decision
  /** Every honoree the decision lists, by id. */
  honorees: ReadonlyMap<string, Honoree>
  awardForm: AwardForm | null
  /** honoreeId → register number (none before the decision is issued). */
  registerNumbers: ReadonlyMap<string, string>
  fonts: BundledFonts
  /** PDF metadata date: the same input gives the same bytes. */
  creationDate: Date
  /** Replaces parts of the default article wording. */
  wording?: Partial<DecisionWording>
}

/** Sentences that are office custom rather than data; callers may override them. */
export interface DecisionWording {
  /** "(Có danh sách kèm theo)" under Article 1. */
  listReference: string
  /** After the amounts in Article 2; `{locality}` = "phường Tiền Phong". */
  fundingSource: string
  /** Article 3's executing bodies before the proposing body; `{locality}` as above. */
  executingOffice: string
}

export const defaultDecisionWording: DecisionWording = {
  listReference: '(Có danh sách kèm theo)',
  fundingSource: 'Kinh phí khen thưởng được chi từ Quỹ Thi đua, khen thưởng của {locality}.',
  executingOffice: 'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {locality}'
}

export interface DecisionListRow {
  stt: string
  name: string
  position: string
  registerNumber: string
}

export interface DecisionListGroup {
  kind: HonoreeKind
  /** "I. TẬP THỂ (14)" */
  heading: string
  rows: DecisionListRow[]
}

export interface DecisionLayout {
  draft: boolean
  /** "125/QĐ-UBND"; blanks before the number is typed. */
  number: string
  place: string
  date: string | null
  title: string
  /** "Về việc …" */
  subject: string
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TIỀN PHONG" */
  authority: string
  /** The italic "Căn cứ …;" lines, then "Xét đề nghị của …." */
  bases: string[]
  articles: { label: string; text: string }[]
  /** Printed under Article 1. */
  listReference: string
  signer: DecisionSigner | null
  recipients: string[]
  counts: Record<HonoreeKind, number>
  bonus: BonusTable
  list: { title: string; subtitle: string; note: string; groups: DecisionListGroup[] }
}

const kindWords: Record<HonoreeKind, { lower: string; upper: string }> = {
  collective: { lower: 'tập thể', upper: 'TẬP THỂ' },
  individual: { lower: 'cá nhân', upper: 'CÁ NHÂN' },
  household: { lower: 'hộ gia đình', upper: 'HỘ GIA ĐÌNH' }
}
const kindOrder: HonoreeKind[] = ['collective', 'individual', 'household']
const roman = ['I', 'II', 'III', 'IV']

const nfc = (s: string): string => s.normalize('NFC').trim()
/** Counts as offices write them: 4 → "04", 14 → "14". */
export const twoDigits = (n: number): string => String(n).padStart(2, '0')

/** "a", "a và b", "a, b và c" */
function joinVietnamese(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} và ${parts.at(-1)}`
}
const lowerFirst = (s: string): string => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1)
const upperFirst = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)
const sentenceCase = (s: string): string => upperFirst(s.toLocaleLowerCase('vi'))

/** "Ủy ban nhân dân phường Tiền Phong" → "phường Tiền Phong". */
function localityOf(authorityName: string): string {
  return nfc(authorityName).replace(/^(ủy|uỷ) ban nhân dân\s+/i, '')
}
/** "Ủy ban nhân dân phường Tiền Phong" → "UBND phường Tiền Phong". */
function shortAuthority(authorityName: string): string {
  return nfc(authorityName).replace(/^(ủy|uỷ) ban nhân dân/i, 'UBND')
}

/** "14 tập thể, 13 cá nhân và 04 hộ gia đình"; kinds with no honorees are left out. */
export function countsPhrase(counts: Record<HonoreeKind, number>): string {
  return joinVietnamese(
    kindOrder
      .filter((k) => counts[k] > 0)
      .map((k) => `${twoDigits(counts[k])} ${kindWords[k].lower}`)
  )
}

/** "các tập thể, cá nhân và hộ gia đình" for the kinds present. */
function kindsPhrase(counts: Record<HonoreeKind, number>): string {
  const present = kindOrder.filter((k) => counts[k] > 0).map((k) => kindWords[k].lower)
  return present.length === 0 ? 'các tập thể, cá nhân' : `các ${joinVietnamese(present)}`
}

/** A title (danh hiệu) is "recognised"; a certificate is "given". */
function awardVerbs(awardForm: AwardForm | null): {
  verb: string
  passive: string
  object: string
} {
  const name = nfc(awardForm?.name ?? 'Giấy khen')
  if (/^danh hiệu/i.test(name))
    return { verb: 'Công nhận', passive: 'được công nhận', object: lowerFirst(name) }
  return { verb: 'Tặng', passive: 'được tặng', object: name }
}

/**
 * Who issues the decision, before the body's name: the head a deputy signs for ("Chủ tịch"), or
 * nobody when the signer signs on behalf of the collective ("TM. Ủy ban nhân dân": the body
 * itself issues it).
 */
function issuingHead(signer: DecisionSigner | null): string {
  if (signer?.collective?.trim()) return ''
  return nfc(signer?.onBehalfOf || signer?.title || 'Chủ tịch')
}

/** "125/QĐ-UBND", with blanks for a number not typed yet. */
export function decisionNumber(decision: Pick<Decision, 'number' | 'symbol'>): string {
  return `${nfc(decision.number) || '      '}/${nfc(decision.symbol)}`
}

/** "(Kèm theo Quyết định số 125/QĐ-UBND ngày 05/9/2025 của Chủ tịch UBND phường Tiền Phong)" */
export function attachmentNote(
  organisation: Pick<Organisation, 'authorityName'>,
  decision: Pick<Decision, 'number' | 'symbol' | 'date' | 'signer'>
): string {
  const headTitle = issuingHead(decision.signer)
  const dateText = decision.date ? ` ngày ${shortVietnameseDate(decision.date)}` : ''
  return (
    `(Kèm theo Quyết định số ${decisionNumber(decision)}${dateText} ` +
    `của ${headTitle ? `${sentenceCase(headTitle)} ` : ''}${shortAuthority(organisation.authorityName)})`
  )
}

export function decisionLayout(
  input: Omit<DecisionPdfInput, 'fonts' | 'creationDate'>
): DecisionLayout {
  const { organisation, decision, awardForm } = input
  const wording = { ...defaultDecisionWording, ...input.wording }
  const locality = localityOf(organisation.authorityName)
  const fill = (s: string) => s.replaceAll('{locality}', locality)
  const entries = decisionHonorees(decision, input.honorees)
  const counts: Record<HonoreeKind, number> = {
    collective: decision.honoreeIds.collective.length,
    individual: decision.honoreeIds.individual.length,
    household: decision.honoreeIds.household.length
  }
  const bonus = computeBonusTable(input)
  const award = awardVerbs(awardForm)
  const headTitle = issuingHead(decision.signer)
  const number = decisionNumber(decision)

  const subject = nfc(decision.subject)
    ? /^về việc/i.test(nfc(decision.subject))
      ? upperFirst(nfc(decision.subject))
      : `Về việc ${nfc(decision.subject)}`
    : `Về việc khen thưởng ${kindsPhrase(counts)}`

  const bases = decision.legalBases.map(nfc).filter((b) => b !== '')
  if (nfc(decision.proposingBody)) {
    bases.push(`Xét đề nghị của ${nfc(decision.proposingBody).replace(/[.;]+$/, '')}.`)
  }

  const achievement = nfc(decision.achievement).replace(/[.;]+$/, '')
  const article1 =
    `${award.verb} ${award.object} cho ${countsPhrase(counts)}` +
    (achievement ? ` ${lowerFirst(achievement)}.` : '.')

  const articles: { label: string; text: string }[] = [{ label: 'Điều 1.', text: article1 }]
  if (bonus.total > 0) {
    const perKind = kindOrder
      .filter((k) => bonus.totals[k].count > 0 && bonus.totals[k].amount > 0)
      .map((k) => {
        const amounts = new Set(bonus.rows.filter((r) => r.kind === k).map((r) => r.amount))
        const each = amounts.size === 1 ? [...amounts][0] : undefined
        return each !== undefined
          ? `mỗi ${kindWords[k].lower} ${formatVnd(each)} đồng`
          : `các ${kindWords[k].lower} tổng cộng ${formatVnd(bonus.totals[k].amount)} đồng`
      })
    articles.push({
      label: 'Điều 2.',
      text:
        `Tiền thưởng kèm theo: ${perKind.join('; ')}. ` +
        `Tổng số tiền thưởng: ${formatVnd(bonus.total)} đồng (Bằng chữ: ${vndInWords(bonus.total)}). ` +
        fill(wording.fundingSource)
    })
  }
  const executing = [fill(wording.executingOffice), nfc(decision.proposingBody)]
    .filter((s) => s !== '')
    .join(', ')
  articles.push({
    label: `Điều ${articles.length + 1}.`,
    text:
      `Quyết định này có hiệu lực kể từ ngày ký. ${executing}, các cơ quan, đơn vị có liên quan ` +
      `và ${kindsPhrase(counts)} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`
  })

  const groups: DecisionListGroup[] = []
  for (const kind of kindOrder) {
    const inKind = entries.filter((e) => e.kind === kind)
    if (inKind.length === 0) continue
    groups.push({
      kind,
      heading: `${roman[groups.length]}. ${kindWords[kind].upper} (${twoDigits(inKind.length)})`,
      rows: inKind.map(({ honoree }, i) => {
        const note = posthumousNote(honoree)
        return {
          stt: String(i + 1),
          name: note ? `${nameLine(honoree)} ${note}` : nameLine(honoree),
          position: withoutOwnPlace(honoree.positionLine, organisation.placeName),
          registerNumber: input.registerNumbers.get(honoree.id) ?? ''
        }
      })
    })
  }

  return {
    draft: decision.status !== 'issued',
    number,
    place: nfc(organisation.placeName),
    date: decision.date,
    title: 'QUYẾT ĐỊNH',
    subject,
    authority: toUpperVietnamese(`${headTitle} ${nfc(organisation.authorityName)}`.trim()),
    bases,
    articles,
    listReference: wording.listReference,
    signer: decision.signer,
    recipients: decision.recipients.map(nfc).filter((r) => r !== ''),
    counts,
    bonus,
    list: {
      title: 'DANH SÁCH',
      subtitle: `${upperFirst(kindsPhrase(counts))} ${award.passive} ${award.object}`,
      note: attachmentNote(organisation, decision),
      groups
    }
  }
}

export const decisionListColumns = [
  { header: 'STT', widthMm: 12, align: 'center' as const },
  { header: 'Tên tập thể / Họ và tên', widthMm: 67 },
  { header: 'Chức vụ, đơn vị / Địa chỉ', widthMm: 64 },
  { header: 'Số sổ', widthMm: 22, align: 'center' as const }
]

export function decisionListRows(groups: DecisionListGroup[]): TableRow[] {
  return groups.flatMap((g) => [
    { group: g.heading },
    ...g.rows.map((r) => ({ cells: [r.stt, r.name, r.position, r.registerNumber] }))
  ])
}

/** The decision and its attached list as one PDF (A4 portrait). */
export async function renderDecisionPdf(input: DecisionPdfInput): Promise<Buffer> {
  const layout = decisionLayout(input)
  const d = createOfficialDocument({
    organisation: input.organisation,
    fonts: input.fonts,
    orientation: 'portrait',
    creationDate: input.creationDate,
    title: `Quyết định số ${layout.number}`
  })
  if (layout.draft) {
    // Decree 30 marks a draft "Dự thảo"; drawn in the top margin so the layout does not move.
    const { doc } = d
    const x = mmToPt(30)
    const y = mmToPt(8)
    doc.font(fontName('serif', 'bold')).fontSize(11)
    const w = doc.widthOfString('DỰ THẢO') + 8
    doc.save().lineWidth(0.6).rect(x, y, w, 16).stroke().restore()
    doc.text('DỰ THẢO', x + 4, y + 3, { lineBreak: false })
    doc.x = x
    doc.y = mmToPt(20)
  }
  d.header({ number: layout.number, place: layout.place, date: layout.date })
  d.title([layout.title], { subtitle: layout.subject })
  d.paragraph(layout.authority, { bold: true, align: 'center' })
  d.space(1)
  for (const basis of layout.bases) d.paragraph(basis, { italic: true, gapAfterPt: 6 })
  d.space(2)
  d.paragraph('QUYẾT ĐỊNH:', { bold: true, align: 'center', sizePt: 14 })
  layout.articles.forEach((article, i) => {
    d.paragraph([{ text: `${article.label} `, bold: true }, { text: article.text }])
    if (i === 0) d.paragraph(layout.listReference, { italic: true, align: 'center' })
  })
  d.signerBlock({ signer: layout.signer, recipients: layout.recipients })

  d.pageBreak()
  d.header({ place: layout.place, date: layout.date, placeDate: false })
  d.title([layout.list.title], { subtitle: layout.list.subtitle, note: layout.list.note })
  d.table({ columns: decisionListColumns, rows: decisionListRows(layout.list.groups) })
  return d.finish()
}
