import { z } from 'zod'
import { Logo } from '../entities'
import { documentKinds, templateLanguages } from './records'

const id = z.string().min(1).max(64)
const text = (max = 500) => z.string().max(max)
const mm = z.number().min(-2000).max(2000)

/** 2: templates name their language. */
export const templateFileVersion = 2

export const TextStyle = z.strictObject({
  /** A bundled family ("Tinos", "Be Vietnam Pro"…) or the id of a user font. */
  font: text(100),
  sizePt: z.number().min(2).max(400),
  /** Auto-shrink stops here; below it the text is reported as not fitting. */
  minSizePt: z.number().min(2).max(400),
  bold: z.boolean(),
  italic: z.boolean(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  align: z.enum(['left', 'center', 'right', 'justify']),
  maxLines: z.number().int().min(1).max(50),
  upperCase: z.boolean(),
  lineHeight: z.number().min(0.5).max(4),
  /** Where the text block sits in its box; "top" when absent. */
  verticalAlign: z.enum(['top', 'middle', 'bottom']).optional()
})
export type TextStyle = z.infer<typeof TextStyle>

const box = {
  xMm: mm,
  yMm: mm,
  widthMm: mm,
  heightMm: mm,
  /**
   * Part of the pre-printed blank (national title, GIẤY KHEN…): shown in the designer and
   * printed in "full" mode and on a plain-paper test, never in "blank" mode.
   */
  preprinted: z.boolean().optional()
}

/** Text with placeholders such as {honorific} {name} {registerNumber}; see template-placeholders. */
export const TextField = z.strictObject({
  type: z.literal('text'),
  id,
  label: text(100),
  ...box,
  content: text(2000),
  style: TextStyle
})
export const ImageField = z.strictObject({
  type: z.literal('image'),
  id,
  label: text(100),
  ...box,
  /** What the designer shows; printed as is unless `source` is "photo". */
  image: Logo,
  /** "photo": the delegate's own photo takes the place of `image` (delegate cards). */
  source: z.enum(['fixed', 'photo']).optional()
})
export const LineField = z.strictObject({
  type: z.literal('line'),
  id,
  label: text(100),
  ...box,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  widthPt: z.number().min(0.1).max(20)
})
export const BoxField = z.strictObject({
  type: z.literal('box'),
  id,
  label: text(100),
  ...box,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  widthPt: z.number().min(0.1).max(20),
  /**
   * Filled with a colour, or with the delegate's category colour ("category": a card's colour
   * band). Text lying on a category band prints black or white, whichever reads on it.
   */
  fill: z
    .string()
    .regex(/^(#[0-9a-fA-F]{6}|category)$/)
    .optional()
})
export const QrField = z.strictObject({
  type: z.literal('qr'),
  id,
  label: text(100),
  ...box,
  content: text(500)
})
export const TemplateField = z.discriminatedUnion('type', [
  TextField,
  ImageField,
  LineField,
  BoxField,
  QrField
])
export type TemplateField = z.infer<typeof TemplateField>

export const Template = z.strictObject({
  id,
  name: text(200),
  /** What the template prints; a certificate when absent. */
  kind: z.enum(documentKinds).optional(),
  /** The language of the template's wording and of its placeholders' words; Vietnamese when absent. */
  language: z.enum(templateLanguages).optional(),
  /** Shipped with Dais: can be duplicated, not edited. */
  builtIn: z.boolean(),
  page: z.strictObject({
    widthMm: z.number().min(50).max(1200),
    heightMm: z.number().min(50).max(1200)
  }),
  /** "blank": print only the variable text on a pre-printed blank; "full": print everything. */
  mode: z.enum(['blank', 'full']),
  /** The scanned blank (shown in the designer, never printed in "blank" mode). */
  background: Logo.nullable(),
  fields: z.array(TemplateField).max(200),
  /** Per honoree kind: replaces the fields with the same id. */
  variants: z.strictObject({
    collective: z.array(TemplateField).max(200),
    individual: z.array(TemplateField).max(200),
    household: z.array(TemplateField).max(200)
  }),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Template = z.infer<typeof Template>

/** Per printer and blank type; applied at render time, never baked into a template. */
export const PrinterProfile = z.strictObject({
  id,
  name: text(200),
  offsetXMm: z.number().min(-50).max(50),
  offsetYMm: z.number().min(-50).max(50),
  scaleX: z.number().min(0.8).max(1.2),
  scaleY: z.number().min(0.8).max(1.2),
  /** Blanks fed rotated by 180° (heavy stock fed the other way round). */
  rotate180: z.boolean(),
  /** Unprintable margin of the printer, for designer warnings. */
  marginMm: z.number().min(0).max(30),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type PrinterProfile = z.infer<typeof PrinterProfile>

/** A TTF/OTF added by the user; the bytes live in the data folder's fonts/ by sha256. */
export const UserFont = z.strictObject({
  id,
  family: text(200),
  style: z.enum(['regular', 'bold', 'italic', 'boldItalic']),
  fileName: text(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  addedAt: z.string()
})
export type UserFont = z.infer<typeof UserFont>

export const batchOutputs = ['single', 'zip'] as const

/** How an event's certificate batch comes out: the user's last choice, saved as typed. */
export const BatchSettings = z.strictObject({
  output: z.enum(batchOutputs),
  /** Zip entry names: {stt}, {stt:03}, {ten} (name line), {so} (register number). */
  namePattern: z.string().min(1).max(200)
})
export type BatchSettings = z.infer<typeof BatchSettings>

/** One event's batch settings (one record per event, with the event's other records). */
export const BatchSettingsRecord = BatchSettings.extend({
  id,
  eventId: id,
  updatedAt: z.string()
})
export type BatchSettingsRecord = z.infer<typeof BatchSettingsRecord>
