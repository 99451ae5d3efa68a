/**
 * The document types Dais makes and hands to a viewer (the desktop's system viewer, a browser
 * tab). Anything else — a script, an installer, a `.desktop` launcher, a PDF that is not one — is
 * refused before it is written anywhere: opening a file runs whatever its type says it is.
 */
export interface DocumentKind {
  extension: string
  /** Other endings a file of this kind may have (".jpeg" beside ".jpg"). */
  otherExtensions?: readonly string[]
  contentType: string
  /** Shown in a tab (PDF) or downloaded. */
  inline: boolean
  matches(bytes: Uint8Array): boolean
}

const startsWith = (bytes: Uint8Array, prefix: string) =>
  bytes.length >= prefix.length && [...prefix].every((c, i) => bytes[i] === c.charCodeAt(0))

const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, 'PK\x03\x04') || startsWith(bytes, 'PK\x05\x06')

const utf8 = new TextDecoder('utf-8', { fatal: true })
/** CSV as Dais writes it: UTF-8 text (a BOM allowed), no NUL, no binary signature. */
const isCsvText = (bytes: Uint8Array) => {
  if (bytes.includes(0) || isZip(bytes) || startsWith(bytes, '%PDF') || startsWith(bytes, 'MZ')) {
    return false
  }
  try {
    utf8.decode(bytes)
    return true
  } catch {
    return false
  }
}

export const documentKinds: readonly DocumentKind[] = [
  {
    extension: '.pdf',
    contentType: 'application/pdf',
    inline: true,
    matches: (b) => startsWith(b, '%PDF-')
  },
  // Scans and photos attached to a proposal, shown as they are.
  {
    extension: '.png',
    contentType: 'image/png',
    inline: true,
    matches: (b) => startsWith(b, '\x89PNG\r\n\x1a\n')
  },
  {
    extension: '.jpg',
    otherExtensions: ['.jpeg'],
    contentType: 'image/jpeg',
    inline: true,
    matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
  },
  { extension: '.zip', contentType: 'application/zip', inline: false, matches: isZip },
  {
    extension: '.xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    inline: false,
    matches: isZip
  },
  { extension: '.csv', contentType: 'text/csv', inline: false, matches: isCsvText }
]

/** `text/csv; charset=utf-8` → `text/csv`. */
const baseType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase()

/**
 * The kind of a document by its content type, its file name's extension and its first bytes —
 * all three must agree — or the reason it is refused.
 */
export function documentKindOf(
  fileName: string,
  contentType: string,
  bytes: Uint8Array
): { ok: true; kind: DocumentKind } | { ok: false; reason: string } {
  const kind = documentKinds.find((k) => k.contentType === baseType(contentType))
  if (!kind) return { ok: false, reason: `Documents of type ${contentType} are not opened.` }
  const endings = [kind.extension, ...(kind.otherExtensions ?? [])]
  if (!endings.some((e) => fileName.toLowerCase().endsWith(e))) {
    return {
      ok: false,
      reason: `The file name "${fileName}" does not end in ${kind.extension} as a ${contentType} document must.`
    }
  }
  if (!kind.matches(bytes)) {
    return {
      ok: false,
      reason: `The content of "${fileName}" is not a ${kind.extension.slice(1).toUpperCase()} file.`
    }
  }
  return { ok: true, kind }
}
