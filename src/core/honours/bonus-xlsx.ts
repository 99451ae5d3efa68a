import type { FileOut } from '@shared/contract-part'
import type { AwardForm, BonusTable, Decision, HonoreeKind } from '@shared/honours/entities'
import { honoreeKinds } from '@shared/honours/entities'
import { decisionNumber } from './decision-pdf'
import { newWorkbook, shortDate, styleHeader, workbookFile } from './xlsx-file'

const groupTitles: Record<HonoreeKind, string> = {
  collective: 'TẬP THỂ',
  individual: 'CÁ NHÂN',
  household: 'HỘ GIA ĐÌNH'
}
const roman = ['I', 'II', 'III']
const money = '#,##0'

/** The bonus table as XLSX: title rows, grouped rows with subtotals, the grand total as numbers. */
export async function bonusXlsx(
  sources: { decision: Decision; awardForm: AwardForm | null },
  table: BonusTable,
  at: Date,
  fileName: string
): Promise<FileOut> {
  const { decision, awardForm } = sources
  const wb = await newWorkbook(at)
  const sheet = wb.addWorksheet('Tiền thưởng')
  sheet.columns = [
    { key: 'stt', width: 6 },
    { key: 'name', width: 42 },
    { key: 'position', width: 42 },
    { key: 'number', width: 10 },
    { key: 'multiplier', width: 10 },
    { key: 'amount', width: 16 }
  ]
  const title = (text: string, bold: boolean) => {
    const row = sheet.addRow([text])
    sheet.mergeCells(row.number, 1, row.number, 6)
    row.font = { bold, name: 'Times New Roman', size: 13 }
    row.alignment = { horizontal: 'center', wrapText: true }
  }
  title('BẢNG TỔNG HỢP TIỀN THƯỞNG', true)
  title(
    `Kèm theo Quyết định số ${decisionNumber(decision)} ngày ${shortDate(decision.date)} – ${awardForm?.name ?? ''}`,
    false
  )
  title(`Mức lương cơ sở: ${decision.baseSalary.toLocaleString('vi-VN')} đồng`, false)
  sheet.addRow([])
  const header = sheet.addRow([
    'STT',
    'Tên tập thể / Họ và tên',
    'Chức vụ, đơn vị / Địa chỉ',
    'Số sổ',
    'Hệ số',
    'Số tiền (đồng)'
  ])
  styleHeader(sheet, header.number)

  let group = 0
  for (const kind of honoreeKinds) {
    const rows = table.rows.filter((r) => r.kind === kind)
    if (rows.length === 0) continue
    const g = sheet.addRow([`${roman[group++]}. ${groupTitles[kind]} (${rows.length})`])
    sheet.mergeCells(g.number, 1, g.number, 6)
    g.font = { bold: true }
    rows.forEach((r, i) => {
      const row = sheet.addRow([
        i + 1,
        r.nameLine,
        r.positionLine,
        r.registerNumber ?? '',
        r.multiplier,
        r.amount
      ])
      row.getCell(6).numFmt = money
    })
    const sub = sheet.addRow([
      '',
      `Cộng ${groupTitles[kind].toLowerCase()}`,
      '',
      '',
      '',
      table.totals[kind].amount
    ])
    sub.font = { bold: true }
    sub.getCell(6).numFmt = money
  }
  const total = sheet.addRow(['', 'TỔNG CỘNG', '', '', '', table.total])
  total.font = { bold: true }
  total.getCell(6).numFmt = money
  return workbookFile(wb, fileName)
}
