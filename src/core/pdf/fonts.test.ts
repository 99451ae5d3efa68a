import { resolve } from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import {
  fontFamilies,
  fontName,
  fontStyles,
  loadBundledFonts,
  missingGlyphs,
  registerBundledFonts
} from './fonts'
import { pdfToText } from './testing/pdf-test-tools'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')

describe('bundled fonts', () => {
  it('parses each face once per resources directory', () => {
    const a = loadBundledFonts(resourcesDir)
    expect(loadBundledFonts(resourcesDir)).toBe(a)
    expect(a.serif.regular.familyName).toBe('Tinos')
    expect(a.sans.boldItalic.familyName).toBe('Arimo')
  })

  it('covers every Vietnamese letter in all eight faces', () => {
    const fonts = loadBundledFonts(resourcesDir)
    let vietnamese = 'ĐđĂăÂâÊêÔôƠơƯư'
    for (let cp = 0x1ea0; cp <= 0x1ef9; cp++) vietnamese += String.fromCodePoint(cp)
    vietnamese += 'ÀÁÃÈÉÌÍÒÓÕÙÚÝàáãèéìíòóõùúýĨĩŨũ'
    for (const family of fontFamilies)
      for (const style of fontStyles)
        expect(missingGlyphs(fonts[family][style], vietnamese), `${family} ${style}`).toEqual([])
  })

  it('sets text without kerning, as Word does by default: "AVAT" is four plain advances', () => {
    for (const family of fontFamilies) {
      const face = loadBundledFonts(resourcesDir)[family].regular
      const run = face.layout('AVAT')
      expect(run.positions.map((p) => p.xAdvance)).toEqual(run.glyphs.map((g) => g.advanceWidth))
    }
  })

  it('names the characters a face cannot draw, once each', () => {
    const { serif } = loadBundledFonts(resourcesDir)
    expect(missingGlyphs(serif.regular, 'Nguyễn 中文 中 🎉\t\u200b')).toEqual(['中', '文', '🎉'])
    // Decomposed input is composed before the check.
    expect(missingGlyphs(serif.regular, 'Nguyễn'.normalize('NFD'))).toEqual([])
  })
})

describe('fonts shared by many documents', () => {
  async function textOf(lines: string[]): Promise<string> {
    const doc = new PDFDocument({ autoFirstPage: false })
    registerBundledFonts(doc, loadBundledFonts(resourcesDir))
    doc.addPage()
    for (const style of fontStyles) {
      doc.font(fontName('serif', style)).fontSize(14)
      for (const line of lines) doc.text(line)
    }
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    const ended = new Promise((r) => doc.on('end', r))
    doc.end()
    await ended
    return pdfToText(Buffer.concat(chunks))
  }

  it('keeps every letter in the text layer of later documents', async () => {
    await textOf(['TRƯỜNG ỜI Ư Ờ ư ờ ỡ Ỡ ợ Ợ ự Ự ữ Ữ'])
    const text = await textOf(['CƠ CẤU ĐẠI BIỂU', 'Ơn ơi, ưng ý'])
    expect(text.match(/CƠ CẤU ĐẠI BIỂU/g)).toHaveLength(4)
    expect(text.match(/Ơn ơi, ưng ý/g)).toHaveLength(4)
  })
})
