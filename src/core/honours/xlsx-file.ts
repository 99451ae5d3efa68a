import type ExcelJS from 'exceljs'
import type { FileOut } from '@shared/contract-part'
import { neutraliseWorkbook } from '../io/formula-safety'

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A workbook with fixed metadata (the same data gives the same content). */
/** exceljs takes ~0.4 s to load, so it is loaded on the first export, not at start-up. */
export async function newWorkbook(at: Date): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs')
  const wb = new Excel.Workbook()
  wb.creator = 'Dais'
  wb.created = at
  wb.modified = at
  return wb
}

/** Bold, wrapped, bordered header row; frozen below it. */
export function styleHeader(sheet: ExcelJS.Worksheet, rowNumber: number): void {
  const row = sheet.getRow(rowNumber)
  row.font = { bold: true, name: 'Times New Roman', size: 12 }
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
  row.eachCell((cell) => {
    cell.border = {
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' }
    }
  })
  sheet.views = [{ state: 'frozen', ySplit: rowNumber }]
}

export async function workbookFile(wb: ExcelJS.Workbook, fileName: string): Promise<FileOut> {
  neutraliseWorkbook(wb)
  const buffer = Buffer.from(await wb.xlsx.writeBuffer())
  return { fileName, contentType: xlsxContentType, contentBase64: buffer.toString('base64') }
}

/** "05/9/2025" as offices write dates in tables. */
export function shortDate(iso: string | null): string {
  if (!iso) return ''
  const [y, m, d] = iso.slice(0, 10).split('-')
  return `${d}/${Number(m)}/${y}`
}

/** A file name safe on every system, keeping Vietnamese letters. */
export const safeFileName = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
