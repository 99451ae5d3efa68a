/** Zod-free constants for the renderer (designer palettes, help text). */

/** Placeholders a text field may contain, e.g. "{honorific} {name}". */
export const certificatePlaceholders = [
  'honorific',
  'name',
  'nameLine',
  'posthumous',
  /** "Tặng", or "Truy tặng" in its place for a posthumous award. */
  'awardVerb',
  /**
   * "Truy" for a posthumous award, "" otherwise: printed just before a "Tặng:" the blank carries
   * pre-printed, which cannot be replaced by "Truy tặng:".
   */
  'posthumousPrefix',
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
  /** The office's name ("Ủy ban nhân dân phường Tiền Phong"), in the template's language. */
  'organisation',
  'year'
] as const
export type CertificatePlaceholder = (typeof certificatePlaceholders)[number]

/**
 * The language a certificate template is written in: every placeholder's own words (dates,
 * forms of address, the award verb, the signer's authority) are printed in it.
 */
export const templateLanguages = ['vi', 'en', 'de'] as const
export type TemplateLanguage = (typeof templateLanguages)[number]

/**
 * What a template prints: a certificate (one page per honoree), a delegate card (a card size,
 * imposed N-up on a sheet), a name tent (one face of an A4 sheet folded lengthwise; the other
 * face is the same turned upside down) or an invitation (one page per delegate or guest).
 */
export const documentKinds = ['certificate', 'delegateCard', 'nameTent', 'invitation'] as const
export type DocumentKind = (typeof documentKinds)[number]

/** Placeholders filled from a delegate record (cards, name tents, invitations). */
export const delegatePlaceholders = [
  'honorific',
  'name',
  'nameLine',
  'position',
  'unit',
  'category',
  'delegateNumber',
  'seat',
  /** "Ghế: A12", a hall plan's "Khu B, hàng 3, ghế 12" as it is, or nothing without a seat. */
  'seatLine',
  'checkInCode',
  'eventTitle',
  'eventDate',
  'eventPlace',
  'organisation',
  'year'
] as const
export type DelegatePlaceholder = (typeof delegatePlaceholders)[number]

/** The placeholders a template of this kind may use. */
export const placeholdersOf = (kind: DocumentKind | undefined): readonly string[] =>
  !kind || kind === 'certificate' ? certificatePlaceholders : delegatePlaceholders

export const fontStyles = ['regular', 'bold', 'italic', 'boldItalic'] as const

/** Default zip entry names in a batch. */
export const defaultCertificateNamePattern = '{stt:03}_{ten}.pdf'
