import type { ImportPreview } from '@shared/import/entities'
import { tableToXlsx, type ExportTable } from '../../io/export-table'

/** A workbook of one table, as the renderer sends an uploaded file. */
export const xlsxFileIn = async (fileName: string, table: ExportTable) => ({
  fileName,
  contentBase64: (await tableToXlsx(table)).toString('base64')
})

/** A UTF-8 CSV file with the byte-order mark Excel writes, as the renderer sends it. */
export const csvFileIn = (fileName: string, text: string) => ({
  fileName,
  contentBase64: Buffer.from(`\ufeff${text}`, 'utf8').toString('base64')
})

/** `commitImport`'s argument taking every row of a preview as it was read. */
export const commitArgs = (preview: ImportPreview, fileName: string) => ({
  fileName,
  signature: preview.signature,
  mapping: preview.mapping,
  rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
})
