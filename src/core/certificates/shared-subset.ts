import { deflateSync } from 'node:zlib'
import type { FontFace } from './fonts'
import { TtfSubset } from './ttf-subset'
import { vietnameseLetters } from './vietnamese-letters'

/** Characters every shared subset carries: Vietnamese letters, digits, ASCII, common marks. */
const sharedCharacters = [
  ...vietnameseLetters,
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  ...'–—…“”‘’«»°№·•'
]

export interface SharedSubset {
  /** Glyph id in the font → glyph id in the subset. */
  ids: Map<number, number>
  /** Glyph ids in subset order, to rebuild a growable subset when a rare glyph turns up. */
  order: number[]
  /** The subset font program, deflated once. */
  deflated: Buffer
  /** Per subset glyph, dense (pdfkit writes them as arrays): widths in 1/1000 em, code points. */
  widths: number[]
  unicode: number[][]
}

const cache = new WeakMap<FontFace, SharedSubset | null>()

/**
 * One subset per face for a batch of separate files: the same bytes are embedded in every
 * file, so a thousand one-page PDFs do not subset and compress the fonts a thousand times.
 */
export function sharedSubset(face: FontFace): SharedSubset | null {
  if (cache.has(face)) return cache.get(face)!
  let shared: SharedSubset | null = null
  if (face.ttf) {
    const subset = new TtfSubset(face.ttf)
    const codePointOf = new Map<number, number>()
    for (const ch of sharedCharacters) {
      const cp = ch.codePointAt(0)!
      const gid = face.glyphId(cp)
      if (gid === 0) continue
      subset.includeGlyph(gid)
      if (!codePointOf.has(gid)) codePointOf.set(gid, cp)
    }
    const program = subset.encode()
    const order = subset.glyphOrder()
    const scale = 1000 / face.font.unitsPerEm
    shared = {
      ids: subset.mapping(),
      order,
      deflated: deflateSync(program),
      widths: order.map((g) => subset.advanceOf(g) * scale),
      // accent parts of composite letters are never drawn alone: they map to U+FFFD
      unicode: order.map((g, i) => (i === 0 ? [0] : [codePointOf.get(g) ?? 0xfffd]))
    }
  }
  cache.set(face, shared)
  return shared
}
