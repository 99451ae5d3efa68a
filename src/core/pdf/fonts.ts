import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type * as fontkit from 'fontkit'
import { loadFontkit } from './deferred-modules'

export const fontStyles = ['regular', 'bold', 'italic', 'boldItalic'] as const
export type FontStyle = (typeof fontStyles)[number]
export const fontFamilies = ['serif', 'sans'] as const
export type FontFamily = (typeof fontFamilies)[number]

export type FontFace = Record<FontStyle, fontkit.Font>

/** The bundled faces: Tinos (Times New Roman metrics) and Arimo (Arial metrics), parsed once. */
export interface BundledFonts {
  serif: FontFace
  sans: FontFace
}

const files: Record<FontFamily, Record<FontStyle, string>> = {
  serif: {
    regular: 'Tinos-Regular.ttf',
    bold: 'Tinos-Bold.ttf',
    italic: 'Tinos-Italic.ttf',
    boldItalic: 'Tinos-BoldItalic.ttf'
  },
  sans: {
    regular: 'Arimo-Regular.ttf',
    bold: 'Arimo-Bold.ttf',
    italic: 'Arimo-Italic.ttf',
    boldItalic: 'Arimo-BoldItalic.ttf'
  }
}

const cache = new Map<string, BundledFonts>()

/** Latin (incl. Ă Â Đ Ê Ô Ơ Ư), combining marks, Vietnamese precomposed letters, punctuation. */
const textRanges: [number, number][] = [
  [0x20, 0x24f],
  [0x300, 0x323],
  [0x1ea0, 0x1ef9],
  [0x2010, 0x2044],
  [0x20ab, 0x20ac]
]

/**
 * fontkit caches a glyph with the code points of the first text that produced it, and pdfkit
 * writes the PDF's text layer from them. When a document shared the font and first met "Ơ" as
 * part of a decomposed "Ờ", later documents mapped Ơ to nothing and copied "CƠ" as "C". Creating
 * every text glyph from its own code point first pins the right mapping, once, for all documents.
 */
export function pinGlyphCodePoints(font: fontkit.Font): void {
  for (const [from, to] of textRanges) {
    for (let cp = from; cp <= to; cp++)
      if (font.hasGlyphForCodePoint(cp)) font.glyphForCodePoint(cp)
  }
}

/** Reads a TTF/OTF for sharing across documents (see {@link pinGlyphCodePoints}). */
export function parseSharedFont(bytes: Buffer, name: string): fontkit.Font {
  const parsed = loadFontkit().create(bytes)
  if (!('layout' in parsed)) throw new Error(`${name} is a font collection, expected one face`)
  pinGlyphCodePoints(parsed)
  return parsed
}

/**
 * Drops the named tables from a font file in place: the SFNT directory loses their entries and
 * every other table stays where it is (directory offsets are absolute).
 */
export function dropTables(bytes: Buffer, tags: readonly string[]): Buffer {
  const count = bytes.readUInt16BE(4)
  const kept: Buffer[] = []
  for (let i = 0; i < count; i++) {
    const entry = bytes.subarray(12 + 16 * i, 28 + 16 * i)
    if (!tags.includes(entry.toString('latin1', 0, 4))) kept.push(Buffer.from(entry))
  }
  const out = bytes
  out.writeUInt16BE(kept.length, 4)
  const log2 = Math.floor(Math.log2(Math.max(kept.length, 1)))
  out.writeUInt16BE(16 << log2, 6)
  out.writeUInt16BE(log2, 8)
  out.writeUInt16BE(kept.length * 16 - (16 << log2), 10)
  kept.forEach((entry, i) => entry.copy(out, 12 + 16 * i))
  out.fill(0, 12 + 16 * kept.length, 12 + 16 * count)
  return out
}

/**
 * Official papers are set without kerning, as Word sets Times New Roman by default (and as the
 * certificate painter does); fontkit reads the GPOS table only to kern, and reading it costs
 * about a fifth of a second per face in every process that prints.
 */
function parseFont(path: string): fontkit.Font {
  return parseSharedFont(dropTables(readFileSync(path), ['GPOS']), path)
}

function loadFace(dir: string, family: FontFamily): FontFace {
  const f = files[family]
  return {
    regular: parseFont(join(dir, f.regular)),
    bold: parseFont(join(dir, f.bold)),
    italic: parseFont(join(dir, f.italic)),
    boldItalic: parseFont(join(dir, f.boldItalic))
  }
}

/**
 * Tinos and Arimo in four styles from `<resourcesDir>/fonts`, parsed with fontkit once per
 * resources directory and shared by every document (pdfkit embeds a subset per document).
 */
export function loadBundledFonts(resourcesDir: string): BundledFonts {
  const cached = cache.get(resourcesDir)
  if (cached) return cached
  const dir = join(resourcesDir, 'fonts')
  const fonts: BundledFonts = { serif: loadFace(dir, 'serif'), sans: loadFace(dir, 'sans') }
  cache.set(resourcesDir, fonts)
  return fonts
}

/** The pdfkit name a face is registered under, e.g. `serif-boldItalic`. */
export function fontName(family: FontFamily, style: FontStyle): string {
  return `${family}-${style}`
}

export function styleOf(opts: { bold?: boolean; italic?: boolean }): FontStyle {
  if (opts.bold && opts.italic) return 'boldItalic'
  if (opts.bold) return 'bold'
  if (opts.italic) return 'italic'
  return 'regular'
}

/** Registers the parsed faces on a document under {@link fontName} names (no re-parsing). */
export function registerBundledFonts(doc: PDFKit.PDFDocument, fonts: BundledFonts): void {
  for (const family of fontFamilies) {
    for (const style of fontStyles) {
      // pdfkit accepts a parsed fontkit font (anything with layout()); its typings do not say so.
      doc.registerFont(fontName(family, style), fonts[family][style] as unknown as Buffer)
    }
  }
}

/**
 * The distinct characters of `text` (NFC) that `font` has no glyph for, in order of appearance;
 * whitespace and control characters are ignored. Callers refuse such text (MISSING_GLYPHS)
 * rather than print empty boxes.
 */
export function missingGlyphs(font: fontkit.Font, text: string): string[] {
  const missing: string[] = []
  for (const ch of new Set(text.normalize('NFC'))) {
    const cp = ch.codePointAt(0) ?? 0
    if (/[\s\p{Cc}\p{Cf}]/u.test(ch)) continue
    if (!font.hasGlyphForCodePoint(cp)) missing.push(ch)
  }
  return missing
}
