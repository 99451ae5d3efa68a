import type { FileOut } from '@shared/contract-part'

export const pdfType = 'application/pdf'

export const fileOut = (fileName: string, contentType: string, bytes: Uint8Array): FileOut => ({
  fileName,
  contentType,
  contentBase64: Buffer.from(bytes).toString('base64')
})

/** A file name from a user's title: letters kept (NFC), separators collapsed. */
export const fileStem = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[/\\<>:"|?*\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120) || 'dais'
