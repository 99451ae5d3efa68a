import { describe, expect, it } from 'vitest'
import { newWorkbook, workbookFile } from '../honours/xlsx-file'
import { tableToCsv, tableToXlsx, type ExportTable } from './export-table'
import { neutraliseFormula, restoreNeutralised } from './formula-safety'
import { readCsv } from './read-csv'
import { readXlsx } from './read-xlsx'

const hostile = ['=1+1', '+SUM(A1)', '-2+3', '@SUM(1)', '\tx', "'=already quoted", "''@twice"]
const plain = ['Nguyễn Văn An', '+84 912 345 678', '-5', "'just a quote", 'a=b']

const texts = (grid: { rows: { cells: { text: string }[] }[] }) =>
  grid.rows.flatMap((r) => r.cells.map((c) => c?.text)).filter((t) => t !== undefined)

describe('formula neutralisation', () => {
  it('round-trips every text, apostrophes typed by the user included', () => {
    for (const text of [...hostile, ...plain]) {
      expect(restoreNeutralised(neutraliseFormula(text))).toBe(text)
    }
    for (const text of hostile) expect(neutraliseFormula(text).startsWith("'")).toBe(true)
  })

  it('neutralises every text cell of a workbook, header and title rows included', async () => {
    const wb = await newWorkbook(new Date('2025-09-01T00:00:00Z'))
    const sheet = wb.addWorksheet('Tiền thưởng')
    sheet.addRow(['=HYPERLINK("http://x","title")'])
    sheet.addRow(['STT', '@SUM(1)', 42])
    const file = await workbookFile(wb, 'x.xlsx')
    const read = await readXlsx(Buffer.from(file.contentBase64, 'base64'))
    // The reader restores what the writer neutralised: the cells come back as typed.
    expect(texts(read.sheets[0]!)).toEqual([
      '=HYPERLINK("http://x","title")',
      'STT',
      '@SUM(1)',
      '42'
    ])
    const { default: Excel } = await import('exceljs')
    const raw = new Excel.Workbook()
    await raw.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never)
    const values = raw.worksheets[0]!.getSheetValues()
      .flat()
      .filter((v) => v !== undefined)
    expect(values).toContain(`'@SUM(1)`)
    expect(values).toContain(`'=HYPERLINK("http://x","title")`)
    expect(values).toContain(42)
  })

  it('an export table neutralises its headers in XLSX and CSV, and both read back as typed', async () => {
    const table: ExportTable = {
      sheetName: 'x',
      titleLines: ['=title'],
      columns: [
        { header: '=header', width: 10 },
        { header: 'Họ và tên', group: '@group', width: 10 },
        { header: '+sub', group: '@group', width: 10 }
      ],
      rows: [{ cells: ["'=already quoted", '@SUM(1)', 'Nguyễn Văn An'] }]
    }
    const csv = (await tableToCsv(table)).toString('utf8')
    expect(csv).toContain(`"'=header"`)
    expect(csv).toContain(`"'@group"`)
    expect(csv).toContain(`"'+sub"`)
    expect(csv).toContain(`"''=already quoted"`)
    const fromCsv = texts(readCsv(await tableToCsv(table)).sheets[0]!)
    const fromXlsx = texts((await readXlsx(await tableToXlsx(table))).sheets[0]!)
    for (const read of [fromCsv, fromXlsx]) {
      expect(read).toEqual(
        expect.arrayContaining([
          '=title',
          '=header',
          '@group',
          '+sub',
          "'=already quoted",
          '@SUM(1)'
        ])
      )
    }
  })
})
