import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fontFamilies, fontStyles, loadBundledFonts, missingGlyphs } from './fonts'

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

  it('names the characters a face cannot draw, once each', () => {
    const { serif } = loadBundledFonts(resourcesDir)
    expect(missingGlyphs(serif.regular, 'Nguyễn 中文 中 🎉\t\u200b')).toEqual(['中', '文', '🎉'])
    // Decomposed input is composed before the check.
    expect(missingGlyphs(serif.regular, 'Nguyễn'.normalize('NFD'))).toEqual([])
  })
})
