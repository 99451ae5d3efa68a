import type { ReadWorkbook } from './grid'
import { importLimits, refuse } from './limits'
import { readXlsx } from './read-xlsx'

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b)

/** UTF-16LE, as names are stored in an OLE compound file's directory. */
const encryptedPackageName = Buffer.from('EncryptedPackage', 'utf16le')

/**
 * A password-protected XLSX is not a zip: Office wraps it in an OLE compound file (the container
 * of old .xls files too) holding an `EncryptedPackage` stream. That name in the container's
 * directory tells the two apart.
 */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    encryptedPackageName
  )
}

/** Reads a spreadsheet by its content (the name only breaks ties); hostile files are refused. */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadWorkbook> {
  if (bytes.length === 0) throw refuse('EMPTY')
  if (bytes.length > importLimits.maxFileBytes) throw refuse('TOO_BIG')
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes)
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw refuse(isEncryptedOoxml(bytes) ? 'ENCRYPTED' : 'OLD_XLS')
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
  if (['xlsx', 'xlsm', 'xls', 'ods', 'pdf', 'doc', 'docx', 'zip'].includes(extension)) {
    throw refuse('NOT_A_SPREADSHEET', `.${extension} without matching content`)
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw refuse('NOT_A_SPREADSHEET', 'a PDF')
  // papaparse and iconv-lite load only for a CSV
  const { readCsv } = await import('./read-csv')
  return readCsv(bytes)
}
