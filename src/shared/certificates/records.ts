/** Zod-free constants for the renderer (designer palettes, help text). */

/** Placeholders a text field may contain, e.g. "{honorific} {name}". */
export const certificatePlaceholders = [
  'honorific',
  'name',
  'nameLine',
  'posthumous',
  'position',
  'achievement',
  'awardTitle',
  'decisionNumber',
  'decisionDate',
  'decisionRef',
  'registerNumber',
  'placeDate',
  'signerTitle',
  'signerOnBehalfOf',
  'signerName',
  'eventTitle',
  'authority',
  'year'
] as const
export type CertificatePlaceholder = (typeof certificatePlaceholders)[number]

export const templateFieldTypes = ['text', 'image', 'line', 'box', 'qr'] as const

export const fontStyles = ['regular', 'bold', 'italic', 'boldItalic'] as const

/** The bundled families (resources/fonts). */
export const bundledFontFamilies = ['Tinos', 'Arimo'] as const

/** Default zip entry names in a batch. */
export const defaultCertificateNamePattern = '{stt:03}_{ten}.pdf'
