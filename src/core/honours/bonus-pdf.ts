/**
 * The bonus table of a decision (bảng tổng hợp tiền thưởng) as a landscape Decree 30 document:
 * one row per honoree in protocol order, grouped by kind with a subtotal each, a grand total and
 * the total in words.
 */
import type { Organisation } from '@shared/entities'
import type { AwardForm, BonusTable, Decision, HonoreeKind } from '@shared/honours/entities'
import type { BundledFonts } from '../pdf/fonts'
import { createOfficialDocument, type TableColumn, type TableRow } from '../pdf/official-document'
import { formatVnd, vndInWords } from '../pdf/vietnamese-money'
import { attachmentNote, decisionNumber, twoDigits } from './decision-pdf'

export interface BonusPdfInput {
  organisation: Organisation
  decision: Decision
  awardForm: AwardForm | null
  /** From `computeBonusTable`. */
  bonus: BonusTable
  fonts: BundledFonts
  creationDate: Date
}

const kindHeadings: Record<HonoreeKind, { group: string; subtotal: string }> = {
  collective: { group: 'TẬP THỂ', subtotal: 'Cộng tập thể' },
  individual: { group: 'CÁ NHÂN', subtotal: 'Cộng cá nhân' },
  household: { group: 'HỘ GIA ĐÌNH', subtotal: 'Cộng hộ gia đình' }
}
const kindOrder: HonoreeKind[] = ['collective', 'individual', 'household']
const roman = ['I', 'II', 'III']

/** 0.45 → "0,45" (Vietnamese decimal comma). */
export function formatMultiplier(m: number): string {
  return String(Math.round(m * 10_000) / 10_000).replace('.', ',')
}

export const bonusColumns: TableColumn[] = [
  { header: 'STT', widthMm: 12, align: 'center' },
  { header: 'Tên tập thể / Họ và tên', widthMm: 60 },
  { header: 'Chức vụ, đơn vị / Địa chỉ', widthMm: 58 },
  { header: 'Số sổ', widthMm: 20, align: 'center' },
  { header: 'Hệ số', widthMm: 17, align: 'center' },
  { header: 'Mức lương cơ sở (đồng)', widthMm: 30, align: 'right' },
  { header: 'Số tiền (đồng)', widthMm: 33, align: 'right' },
  // The recipient signs for the money.
  { header: 'Ký nhận', widthMm: 22, align: 'center' }
]

/** Group lines, honoree rows, a subtotal per kind and the grand total. */
export function bonusTableRows(bonus: BonusTable): TableRow[] {
  const rows: TableRow[] = []
  let group = 0
  for (const kind of kindOrder) {
    const inKind = bonus.rows.filter((r) => r.kind === kind)
    if (inKind.length === 0) continue
    rows.push({
      group: `${roman[group++]}. ${kindHeadings[kind].group} (${twoDigits(inKind.length)})`
    })
    inKind.forEach((r, i) =>
      rows.push({
        cells: [
          String(i + 1),
          r.nameLine,
          r.positionLine,
          r.registerNumber ?? '',
          formatMultiplier(r.multiplier),
          formatVnd(bonus.baseSalary),
          formatVnd(r.amount),
          ''
        ]
      })
    )
    rows.push({
      cells: [
        '',
        kindHeadings[kind].subtotal,
        '',
        '',
        '',
        '',
        formatVnd(bonus.totals[kind].amount),
        ''
      ],
      bold: true
    })
  }
  rows.push({
    cells: ['', 'TỔNG CỘNG', '', '', '', '', formatVnd(bonus.total), ''],
    bold: true
  })
  return rows
}

export async function renderBonusPdf(input: BonusPdfInput): Promise<Buffer> {
  const { organisation, decision, bonus } = input
  const number = decisionNumber(decision)

  const d = createOfficialDocument({
    organisation,
    fonts: input.fonts,
    orientation: 'landscape',
    creationDate: input.creationDate,
    title: `Bảng tổng hợp tiền thưởng - Quyết định số ${number}`
  })
  d.header({ place: organisation.placeName, date: decision.date })
  d.title(['BẢNG TỔNG HỢP TIỀN THƯỞNG'], {
    subtitle: input.awardForm ? input.awardForm.name : undefined,
    note: attachmentNote(organisation, decision)
  })
  const words = `Bằng chữ: ${vndInWords(bonus.total)}.`
  const wordsStyle = { italic: true, indentFirstMm: 0 }
  const signatures = {
    signer: decision.signer,
    alongside: [{ title: 'NGƯỜI LẬP BIỂU' }, { title: 'KẾ TOÁN' }]
  }
  // The grand total, the amount in words and the signatures share the page of the last rows.
  d.table({
    columns: bonusColumns,
    rows: bonusTableRows(bonus),
    keepLast: {
      // The last kind's subtotal and the grand total.
      rows: 2,
      afterPt: d.paragraphHeight(words, wordsStyle) + d.signerBlockHeight(signatures)
    }
  })
  d.paragraph(words, wordsStyle)
  d.signerBlock(signatures)
  return d.finish()
}
