import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type * as fontkit from 'fontkit'
import { loadFontkit } from '../pdf/deferred-modules'
import type { FontInfo } from '@shared/certificates/contract'
import type { UserFont } from '@shared/certificates/entities'
import { AppError } from '@shared/result'
import { safeChildPath } from '../safe-path'
import { readTtfMetrics, type TtfMetrics } from './ttf-metrics'
import { readTtfTables, type TtfTables } from './ttf-subset'
import { missingCharacters, vietnameseLetters } from './vietnamese-letters'

export type FontStyle = UserFont['style']

/** A parsed font with the metrics layout needs, in em units, cached per code point. */
export interface FontFace {
  /** Unique per font file: "Tinos-Regular", "user:<sha256>". */
  key: string
  family: string
  style: FontStyle
  readonly font: fontkit.Font
  /** hhea ascent and |descent| as fractions of the em. */
  readonly ascent: number
  readonly descent: number
  has(codePoint: number): boolean
  /** Advance width in em. */
  advance(codePoint: number): number
  /** Top of the glyph's outline in em (stacked capitals reach above the cap height). */
  top(codePoint: number): number
  /** Bottom of the glyph's outline in em (negative below the baseline). */
  bottom(codePoint: number): number
  glyphId(codePoint: number): number
  /** Table directory of a plain TrueType file, for the fast subsetter; null for CFF fonts. */
  readonly ttf: TtfTables | null
}

export const styleOf = (bold: boolean, italic: boolean): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular'

const styleSuffix: Record<FontStyle, string> = {
  regular: 'Regular',
  bold: 'Bold',
  italic: 'Italic',
  boldItalic: 'BoldItalic'
}

export const bundledFamilies = ['Tinos', 'Arimo'] as const

function parseFont(bytes: Uint8Array, what: string): fontkit.Font {
  let parsed: fontkit.Font | fontkit.FontCollection
  try {
    parsed = loadFontkit().create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  } catch {
    throw new AppError('UNSUPPORTED_FILE', `${what} is not a TrueType or OpenType font.`)
  }
  if ('fonts' in parsed) {
    const first = parsed.fonts[0]
    if (!first) throw new AppError('UNSUPPORTED_FILE', `${what} holds no font.`)
    return first
  }
  if (typeof parsed.glyphForCodePoint !== 'function' || !parsed.unitsPerEm) {
    throw new AppError('UNSUPPORTED_FILE', `${what} is not a TrueType or OpenType font.`)
  }
  return parsed
}

export function makeFace(
  key: string,
  family: string,
  style: FontStyle,
  font: fontkit.Font,
  bytes: Buffer | null = null
): FontFace {
  return lazyFace(key, family, style, () => ({ bytes, parse: () => font }))
}

interface GlyphMetrics {
  id: number
  adv: number
  top: number
  bottom: number
}

/** Metrics of one character through fontkit (fonts our table reader does not handle). */
function fontkitGlyph(font: fontkit.Font, cp: number): GlyphMetrics {
  const upm = font.unitsPerEm
  try {
    const fg = font.glyphForCodePoint(cp)
    const box = fg.id === 0 ? { maxY: 0, minY: 0 } : fg.cbox
    return { id: fg.id, adv: fg.advanceWidth / upm, top: box.maxY / upm, bottom: box.minY / upm }
  } catch {
    // a font without a usable cmap: every character counts as missing
    return { id: 0, adv: 0, top: 0, bottom: 0 }
  }
}

/**
 * A face whose file is read on first use (a batch needs two or three of the eight bundled
 * faces, and a file stays in memory for the life of the process). Plain TrueType files are
 * measured from their tables; fontkit parses the file only for what else it is asked.
 */
function lazyFace(
  key: string,
  family: string,
  style: FontStyle,
  load: () => { bytes: Buffer | null; parse: () => fontkit.Font }
): FontFace {
  interface Loaded {
    ttf: TtfTables | null
    metrics: TtfMetrics | null
    font: () => fontkit.Font
    ascent: number
    descent: number
  }
  let loaded: Loaded | null = null
  const file = (): Loaded => {
    if (!loaded) {
      const { bytes, parse } = load()
      let font: fontkit.Font | null = null
      const parsed = () => (font ??= parse())
      const ttf = bytes ? readTtfTables(bytes) : null
      const metrics = ttf ? readTtfMetrics(ttf) : null
      const m = metrics ?? parsed()
      loaded = {
        ttf,
        metrics,
        font: parsed,
        ascent: m.ascent / m.unitsPerEm,
        descent: Math.abs(m.descent) / m.unitsPerEm
      }
    }
    return loaded
  }
  const glyphs = new Map<number, GlyphMetrics>()
  const glyph = (cp: number) => {
    let g = glyphs.get(cp)
    if (!g) {
      const { metrics: m, font } = file()
      if (m) {
        const id = m.glyphId(cp)
        const upm = m.unitsPerEm
        g =
          id === 0
            ? { id, adv: m.advance(0) / upm, top: 0, bottom: 0 }
            : { id, adv: m.advance(id) / upm, top: m.yMax(id) / upm, bottom: m.yMin(id) / upm }
      } else g = fontkitGlyph(font(), cp)
      glyphs.set(cp, g)
    }
    return g
  }
  return {
    key,
    family,
    style,
    get font() {
      return file().font()
    },
    get ascent() {
      return file().ascent
    },
    get descent() {
      return file().descent
    },
    has: (cp) => glyph(cp).id !== 0,
    advance: (cp) => glyph(cp).adv,
    top: (cp) => glyph(cp).top,
    bottom: (cp) => glyph(cp).bottom,
    glyphId: (cp) => glyph(cp).id,
    get ttf() {
      return file().ttf
    }
  }
}

const bundledCache = new Map<string, FontFace[]>()

/** Tinos and Arimo in four styles, parsed once per process. */
export function loadBundledFaces(resourcesDir: string): FontFace[] {
  let faces = bundledCache.get(resourcesDir)
  if (!faces) {
    faces = bundledFamilies.flatMap((family) =>
      (Object.keys(styleSuffix) as FontStyle[]).map((style) => {
        const file = `${family}-${styleSuffix[style]}`
        return lazyFace(file, family, style, () => {
          const bytes = readFileSync(join(resourcesDir, 'fonts', `${file}.ttf`))
          return { bytes, parse: () => parseFont(bytes, file) }
        })
      })
    )
    bundledCache.set(resourcesDir, faces)
  }
  return faces
}

const userCache = new Map<string, FontFace>()

export const userFontPath = (dataDir: string, sha256: string) =>
  safeChildPath(join(dataDir, 'fonts'), `${sha256}.font`, 'font file')

function loadUserFace(dataDir: string, f: UserFont): FontFace | null {
  const key = `user:${f.sha256}:${f.style}:${f.family}`
  let face = userCache.get(key)
  if (!face) {
    try {
      const bytes = readFileSync(userFontPath(dataDir, f.sha256))
      face = makeFace(`user:${f.sha256}`, f.family, f.style, parseFont(bytes, f.fileName), bytes)
    } catch {
      return null
    }
    userCache.set(key, face)
  }
  return face
}

/** The fonts a template may name: by family (bundled or user) or by a user font's id. */
export interface FontSet {
  resolve(font: string, bold: boolean, italic: boolean): FontFace
  list(): FontInfo[]
}

export function createFontSet(
  resourcesDir: string,
  dataDir: string,
  userFonts: readonly UserFont[]
): FontSet {
  const bundled = loadBundledFaces(resourcesDir)
  const user = userFonts
    .map((f) => ({ meta: f, face: loadUserFace(dataDir, f) }))
    .filter((u): u is { meta: UserFont; face: FontFace } => u.face !== null)
  const fallback = bundled[0]!
  const byFamily = new Map<string, FontFace>()
  for (const f of bundled) byFamily.set(`${f.family.toLowerCase()}|${f.style}`, f)
  for (const u of user) byFamily.set(`${u.meta.family.toLowerCase()}|${u.meta.style}`, u.face)
  const byId = new Map(user.map((u) => [u.meta.id, u]))
  const memo = new Map<string, FontFace>()
  return {
    resolve(font, bold, italic) {
      const memoKey = `${font}|${bold}|${italic}`
      const known = memo.get(memoKey)
      if (known) return known
      const face = resolveUncached(font, bold, italic)
      memo.set(memoKey, face)
      return face
    },
    list: () => list()
  }
  function resolveUncached(font: string, bold: boolean, italic: boolean): FontFace {
    const style = styleOf(bold, italic)
    const family = byId.get(font)?.meta.family ?? font
    const k = (s: FontStyle) => `${family.toLowerCase()}|${s}`
    return (
      byFamily.get(k(style)) ??
      byFamily.get(k(italic ? 'italic' : bold ? 'bold' : 'regular')) ??
      byFamily.get(k('regular')) ??
      byId.get(font)?.face ??
      fallback
    )
  }
  function list(): FontInfo[] {
    return [
      ...bundled.map((f) => ({ family: f.family, style: f.style, builtIn: true })),
      ...user.map((u) => ({
        family: u.meta.family,
        style: u.meta.style,
        builtIn: false,
        id: u.meta.id
      }))
    ]
  }
}

/** Parses a user's font file and checks it prints every Vietnamese letter. */
export function checkUserFont(bytes: Uint8Array, fileName: string): { sha256: string } {
  const font = parseFont(bytes, fileName)
  const face = makeFace('check', 'check', 'regular', font)
  const missing = missingCharacters(vietnameseLetters.join(''), face.has)
  if (missing) {
    throw new AppError(
      'MISSING_GLYPHS',
      `${fileName} cannot print these Vietnamese letters: ${[...missing].join(' ')}`,
      { missing: [...missing] }
    )
  }
  return { sha256: createHash('sha256').update(bytes).digest('hex') }
}
