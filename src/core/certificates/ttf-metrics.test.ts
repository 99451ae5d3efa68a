import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { readTtfDescriptor, readTtfMetrics } from './ttf-metrics'
import { readTtfTables } from './ttf-subset'
import { vietnameseLetters } from './vietnamese-letters'

const fontsDir = resolve(__dirname, '..', '..', '..', 'resources', 'fonts')
const files = ['Tinos-Regular', 'Tinos-BoldItalic', 'Arimo-Regular', 'Arimo-Bold']
const sample = [
  ...vietnameseLetters,
  ...'0123456789 .,;:/-–—()…“”‘’«»@#%&*+=?!ÀÉßØÆœﬁ€₫'.split(''),
  '\u{1F600}',
  '\u0000',
  '\uFFFF'
]

describe('TrueType metrics read from the tables', () => {
  it.each(files)('%s: the glyph ids, advances and outline heights fontkit reads', (file) => {
    const bytes = readFileSync(join(fontsDir, `${file}.ttf`))
    const font = fontkit.create(bytes) as fontkit.Font
    const metrics = readTtfMetrics(readTtfTables(bytes)!)!
    expect([metrics.unitsPerEm, metrics.ascent, metrics.descent]).toEqual([
      font.unitsPerEm,
      font.ascent,
      font.descent
    ])
    for (const ch of sample) {
      const glyph = font.glyphForCodePoint(ch.codePointAt(0)!)
      const id = metrics.glyphId(ch.codePointAt(0)!)
      expect(id, ch).toBe(glyph.id)
      expect(metrics.advance(id), ch).toBe(glyph.advanceWidth)
      // an empty glyph (a space, NUL) has no outline; fontkit reads the next glyph's header there
      if (id !== 0 && ch.codePointAt(0)! > 0x20) {
        expect([metrics.yMin(id), metrics.yMax(id)], ch).toEqual([glyph.cbox.minY, glyph.cbox.maxY])
      }
    }
    expect([metrics.yMin(metrics.glyphId(0x20)), metrics.yMax(metrics.glyphId(0x20))]).toEqual([
      0, 0
    ])
  })

  it.each(files)('%s: the descriptor values fontkit reads', (file) => {
    const bytes = readFileSync(join(fontsDir, `${file}.ttf`))
    const font = fontkit.create(bytes) as fontkit.Font & {
      post: { isFixedPitch: number }
      head: { macStyle: { italic: boolean } }
      'OS/2': { sFamilyClass: number }
    }
    const d = readTtfDescriptor(readTtfTables(bytes)!)!
    expect(d).toEqual({
      postscriptName: font.postscriptName,
      unitsPerEm: font.unitsPerEm,
      bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
      italicAngle: font.italicAngle,
      ascent: font.ascent,
      descent: font.descent,
      capHeight: font.capHeight,
      xHeight: font.xHeight,
      fixedPitch: Boolean(font.post.isFixedPitch),
      italic: font.head.macStyle.italic,
      familyClass: font['OS/2'].sFamilyClass >> 8,
      notdefAdvance: font.getGlyph(0).advanceWidth
    })
  })
})
