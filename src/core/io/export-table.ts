import { neutraliseFormula, neutraliseWorkbook } from './formula-safety'

/** One column of an office table; a `group` puts a merged header above its sub-columns. */
export interface ExportColumn {
  header: string
  group?: string
  width: number
}

export type ExportValue = string | number | { date: string } | null

/** A table in the office layout: title lines, a header (two rows when grouped), rows, sections. */
export interface ExportTable {
  sheetName: string
  titleLines: string[]
  columns: ExportColumn[]
  rows: ({ section: string } | { cells: ExportValue[] })[]
}

const isoToDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d))
}

function headerRows(table: ExportTable): { top: string[]; sub: string[] | null } {
  const grouped = table.columns.some((c) => c.group)
  const top = table.columns.map((c) => c.group ?? c.header)
  return { top, sub: grouped ? table.columns.map((c) => (c.group ? c.header : '')) : null }
}

/** XLSX: every text cell a string (neutralised), never a formula; dates as real date cells. */
export async function tableToXlsx(table: ExportTable): Promise<Buffer> {
  // Loaded on first use: exceljs costs ~0.4 s of start-up otherwise.
  const { default: Excel } = await import('exceljs')
  const workbook = new Excel.Workbook()
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31))
  const width = table.columns.length
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width))
  let r = 1
  for (const line of table.titleLines) {
    sheet.getCell(r, 1).value = line
    sheet.getCell(r, 1).font = { bold: true, name: 'Times New Roman', size: 13 }
    sheet.getCell(r, 1).alignment = { horizontal: 'center' }
    sheet.mergeCells(r, 1, r, width)
    r++
  }
  r++
  const { top, sub } = headerRows(table)
  const headerTop = r
  top.forEach((text, i) => {
    const cell = sheet.getCell(headerTop, i + 1)
    cell.value = text
    cell.font = { bold: true, name: 'Times New Roman' }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' }
    }
  })
  if (sub) {
    sub.forEach((text, i) => {
      const cell = sheet.getCell(headerTop + 1, i + 1)
      if (text) cell.value = text
      cell.font = { bold: true, name: 'Times New Roman' }
      cell.alignment = { horizontal: 'center' }
      cell.border = {
        top: { style: 'thin' },
        bottom: { style: 'thin' },
        left: { style: 'thin' },
        right: { style: 'thin' }
      }
    })
    let c = 0
    while (c < width) {
      const group = table.columns[c]?.group
      if (group) {
        let end = c
        while (table.columns[end + 1]?.group === group) end++
        sheet.mergeCells(headerTop, c + 1, headerTop, end + 1)
        c = end + 1
      } else {
        sheet.mergeCells(headerTop, c + 1, headerTop + 1, c + 1)
        c++
      }
    }
    r += 2
  } else r += 1
  for (const row of table.rows) {
    if ('section' in row) {
      sheet.getCell(r, 1).value = row.section
      sheet.getCell(r, 1).font = { bold: true, name: 'Times New Roman' }
      sheet.mergeCells(r, 1, r, width)
    } else {
      row.cells.forEach((value, i) => {
        if (value === null || value === '') return
        const cell = sheet.getCell(r, i + 1)
        if (typeof value === 'number') cell.value = value
        else if (typeof value === 'object') {
          cell.value = isoToDate(value.date)
          cell.numFmt = 'dd/mm/yyyy'
        } else {
          cell.value = value
          // Text that looks like a number (a phone) stays text in Excel too.
          cell.numFmt = '@'
        }
      })
    }
    r++
  }
  neutraliseWorkbook(workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** CSV for Excel: UTF-8 with a BOM, every field quoted, triggers neutralised, ISO dates. */
export async function tableToCsv(table: ExportTable): Promise<Buffer> {
  // loaded for a CSV only, as exceljs for an XLSX
  const { default: Papa } = await import('papaparse')
  const width = table.columns.length
  const blank = () => Array.from({ length: width }, () => '')
  const lines: string[][] = []
  for (const line of table.titleLines) lines.push([line, ...blank().slice(1)])
  lines.push(blank())
  const { top, sub } = headerRows(table)
  // A group's label only over its first column: the reader carries it to the empty neighbours.
  lines.push(
    top.map((t, i) =>
      i > 0 && table.columns[i]?.group && table.columns[i - 1]?.group === table.columns[i]?.group
        ? ''
        : t
    )
  )
  if (sub) lines.push(sub)
  for (const row of table.rows) {
    if ('section' in row) lines.push([row.section, ...blank().slice(1)])
    else {
      lines.push(
        row.cells.map((v) =>
          v === null ? '' : typeof v === 'number' ? String(v) : typeof v === 'object' ? v.date : v
        )
      )
    }
  }
  // Every field, titles and headers included, neutralised once here.
  const safe = lines.map((line) => line.map(neutraliseFormula))
  return Buffer.from(`\uFEFF${Papa.unparse(safe, { quotes: true, newline: '\r\n' })}\r\n`, 'utf8')
}
