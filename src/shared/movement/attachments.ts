/* What a proposal's attachment may be, zod-free so the screen checks a file before sending it. */

/** Scans and papers up to this size; larger ones are refused with the limit named. */
export const maxAttachmentBytes = 20 * 1024 * 1024
export const maxAttachmentsPerProposal = 50

/** The kinds kept: PDF, images from a scanner or phone, Word and OpenDocument papers. */
export const attachmentKinds = [
  { extensions: ['pdf'], contentType: 'application/pdf' },
  { extensions: ['png'], contentType: 'image/png' },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg' },
  { extensions: ['tif', 'tiff'], contentType: 'image/tiff' },
  {
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  },
  { extensions: ['doc'], contentType: 'application/msword' },
  { extensions: ['odt'], contentType: 'application/vnd.oasis.opendocument.text' }
] as const

export const attachmentExtensions = attachmentKinds.flatMap((k) => k.extensions)

/** "C:\fakepath\Biên bản.PDF" → "pdf"; no extension → "". */
export const extensionOf = (fileName: string): string =>
  /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase() ?? ''

/** Why a file cannot be attached, as a stable reason the screen words (undefined: it may). */
export type AttachmentRefusal = 'empty' | 'too-large' | 'type' | 'content' | 'full'

export function attachmentRefusal(fileName: string, size: number): AttachmentRefusal | undefined {
  if (!(attachmentExtensions as readonly string[]).includes(extensionOf(fileName))) return 'type'
  if (size === 0) return 'empty'
  if (size > maxAttachmentBytes) return 'too-large'
  return undefined
}

/** "31,2 MB" style sizes for messages and the list. */
export const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1)
