import type { LayoutWarning } from '@shared/certificates/contract'
import type {
  PrinterProfile,
  Template,
  TemplateField,
  TextStyle
} from '@shared/certificates/entities'
import type { Logo } from '@shared/entities'
import type { HonoreeKind } from '@shared/honours/entities'
import { toUpperVietnamese } from '@shared/text'
import { fillPlaceholders, placeholderValue } from './certificate-values'
import type { FontFace, FontSet } from './fonts'
import { qrMatrix, type QrMatrix } from './qr'
import { missingCharacters } from './vietnamese-letters'

export const ptPerMm = 72 / 25.4
const mmToPt = (mm: number) => mm * ptPerMm

/** One run of text on one baseline; coordinates in pt from the page's top-left corner. */
export interface TextRun {
  x: number
  y: number
  text: string
}

export type PaintItem =
  | {
      type: 'text'
      fieldId: string
      face: FontFace
      sizePt: number
      color: string
      runs: TextRun[]
      /** Turned counter-clockwise about each run's origin (the test copy's diagonal mark). */
      angleDeg?: number
    }
  | {
      type: 'rect'
      x: number
      y: number
      w: number
      h: number
      color: string
      widthPt: number
      /** Filled with this colour as well as stroked. */
      fill?: string
    }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; widthPt: number }
  | {
      type: 'image'
      x: number
      y: number
      w: number
      h: number
      image: Logo
      /** 'cover': fills the box without stretching, cropped to it (a delegate's photo). */
      fit?: 'cover'
    }
  | { type: 'qr'; x: number; y: number; size: number; matrix: QrMatrix }

export interface PageLayout {
  widthPt: number
  heightPt: number
  background: Logo | null
  items: PaintItem[]
  warnings: LayoutWarning[]
}

/**
 * What one page is printed from: a certificate's honoree or a delegate (cards, name tents). The
 * kind picks the template variant; values fill the placeholders.
 */
export interface LayoutSubject {
  /** Named in warnings: the honoree, or the delegate. */
  honoreeId: string | null
  kind: HonoreeKind
  values: Readonly<Record<string, string>>
  /** The delegate's category colour, for boxes filled with "category". */
  categoryColor?: string | null
  /** The delegate's photo for "photo" image fields: undefined = show the designer's image. */
  photo?: Logo | null
}

/** Black or white, whichever reads on a background of this colour (and on its grey). */
export function inkOn(background: string): string {
  const v = parseInt(background.slice(1), 16)
  const luma = (0.299 * ((v >> 16) & 255) + 0.587 * ((v >> 8) & 255) + 0.114 * (v & 255)) / 255
  return luma < 0.55 ? '#ffffff' : '#000000'
}

export interface LayoutOptions {
  /** "print": only what the template's mode prints; "preview": background and blank too. */
  purpose: 'print' | 'preview'
  /** Unprintable margin to warn about, in mm; null = no margin check. */
  marginMm: number | null
  profile: PrinterProfile | null
}

/** The fields for one kind of honoree: the variant's fields replace those with the same id. */
export function fieldsFor(template: Template, kind: HonoreeKind): TemplateField[] {
  const variant = template.variants[kind]
  if (variant.length === 0) return template.fields
  const byId = new Map(variant.map((f) => [f.id, f]))
  const merged = template.fields.map((f) => byId.get(f.id) ?? f)
  const known = new Set(template.fields.map((f) => f.id))
  return [...merged, ...variant.filter((f) => !known.has(f.id))]
}

const shrinkStepPt = 0.25

interface FitResult {
  sizePt: number
  lines: string[][]
  fits: boolean
}

const lineWidthEm = (words: readonly string[], face: FontFace, spaceEm: number): number => {
  let w = 0
  for (let i = 0; i < words.length; i++) {
    if (i > 0) w += spaceEm
    w += wordWidthEm(words[i]!, face)
  }
  return w
}

export function wordWidthEm(word: string, face: FontFace): number {
  let w = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0xd800 && c < 0xdc00) {
      w += face.advance(word.codePointAt(i)!)
      i++
    } else w += face.advance(c)
  }
  return w
}

/** Splits a word too wide for the line into pieces that fit (only when nothing else fits). */
function breakWord(word: string, maxEm: number, face: FontFace): string[] {
  const pieces: string[] = []
  let current = ''
  let width = 0
  for (const ch of word) {
    const a = face.advance(ch.codePointAt(0)!)
    if (current && width + a > maxEm) {
      pieces.push(current)
      current = ''
      width = 0
    }
    current += ch
    width += a
  }
  if (current) pieces.push(current)
  return pieces
}

/** Greedy line breaking at spaces; null when a word is wider than the line and may not break. */
function wrap(
  paragraphs: readonly string[][],
  maxEm: number,
  face: FontFace,
  breakWords: boolean
): string[][] | null {
  const spaceEm = face.advance(0x20)
  const lines: string[][] = []
  for (const words of paragraphs) {
    let line: string[] = []
    let width = 0
    for (const word of words) {
      const ww = wordWidthEm(word, face)
      if (ww > maxEm + 1e-9) {
        if (!breakWords) return null
        if (line.length) lines.push(line)
        const pieces = breakWord(word, maxEm, face)
        for (const p of pieces.slice(0, -1)) lines.push([p])
        const last = pieces[pieces.length - 1] ?? ''
        line = [last]
        width = wordWidthEm(last, face)
        continue
      }
      if (line.length === 0) {
        line = [word]
        width = ww
      } else if (width + spaceEm + ww <= maxEm + 1e-9) {
        line.push(word)
        width += spaceEm + ww
      } else {
        lines.push(line)
        line = [word]
        width = ww
      }
    }
    lines.push(line)
  }
  return lines
}

/** Highest glyph top (max) or lowest glyph bottom (min) of a line's words, from `init`. */
function lineExtentEm(
  line: readonly string[],
  pick: (cp: number) => number,
  init: number,
  max: boolean
): number {
  let v = init
  for (const word of line) {
    for (let i = 0; i < word.length; i++) {
      let cp = word.charCodeAt(i)
      if (cp >= 0xd800 && cp < 0xdc00) {
        cp = word.codePointAt(i)!
        i++
      }
      const x = pick(cp)
      if (max ? x > v : x < v) v = x
    }
  }
  return v
}

/** Height of a block of lines in em: real glyph tops (stacked capitals) and bottoms count. */
function blockExtentEm(lines: readonly string[][], face: FontFace, lineHeight: number) {
  const topEm = lineExtentEm(lines[0] ?? [], face.top, face.ascent, true)
  const bottomEm = -lineExtentEm(lines[lines.length - 1] ?? [], face.bottom, -face.descent, false)
  return { topEm, bottomEm, heightEm: topEm + (lines.length - 1) * lineHeight + bottomEm }
}

/**
 * Whether a single paragraph fits on one line at the full size (names, numbers, dates): the
 * same sums and comparisons as wrap() and blockExtentEm() in one pass, without word arrays.
 */
function oneLineFits(
  text: string,
  face: FontFace,
  style: TextStyle,
  widthPt: number,
  heightPt: number
): boolean {
  if (style.maxLines < 1) return false
  const maxEm = widthPt / style.sizePt
  const spaceEm = face.advance(0x20)
  let width = 0
  let words = 0
  let word = -1
  let top = face.ascent
  let bottom = -face.descent
  const endWord = () => {
    if (word > maxEm + 1e-9) return false
    if (words === 0) width = word
    else if (width + spaceEm + word <= maxEm + 1e-9) width += spaceEm + word
    else return false
    words++
    word = -1
    return true
  }
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp === 0x20) {
      if (word >= 0 && !endWord()) return false
      continue
    }
    if (cp >= 0xd800 && cp < 0xdc00) {
      cp = text.codePointAt(i)!
      i++
    }
    word = word < 0 ? face.advance(cp) : word + face.advance(cp)
    const t = face.top(cp)
    const b = face.bottom(cp)
    if (t > top) top = t
    if (b < bottom) bottom = b
  }
  if (word >= 0 && !endWord()) return false
  return (top - bottom) * style.sizePt <= heightPt + 1e-6
}

/**
 * Largest size from style.sizePt down to style.minSizePt (in 0.25 pt steps) at which the text
 * fits its box: the full size first (the common case), then a binary search over the steps.
 */
export function fitText(
  text: string,
  face: FontFace,
  style: TextStyle,
  widthPt: number,
  heightPt: number
): FitResult {
  if (!text.includes('\n') && oneLineFits(text, face, style, widthPt, heightPt)) {
    return { sizePt: style.sizePt, lines: [text.split(' ').filter((w) => w !== '')], fits: true }
  }
  const paragraphs = text.split('\n').map((p) => p.split(' ').filter((w) => w !== ''))
  const min = Math.min(style.minSizePt, style.sizePt)
  const attempt = (size: number): string[][] | null => {
    const lines = wrap(paragraphs, widthPt / size, face, false)
    if (!lines || lines.length > style.maxLines) return null
    const height = blockExtentEm(lines, face, style.lineHeight).heightEm * size
    return height <= heightPt + 1e-6 ? lines : null
  }
  const first = attempt(style.sizePt)
  if (first) return { sizePt: style.sizePt, lines: first, fits: true }
  // steps k = 1..n below the full size; find the smallest k that fits
  const n = Math.floor((style.sizePt - min) / shrinkStepPt + 1e-9)
  let lo = 1
  let hi = n
  let best: { sizePt: number; lines: string[][] } | null = null
  while (lo <= hi) {
    const k = (lo + hi) >> 1
    const size = style.sizePt - k * shrinkStepPt
    const lines = attempt(size)
    if (lines) {
      best = { sizePt: size, lines }
      hi = k - 1
    } else lo = k + 1
  }
  if (best) return { ...best, fits: true }
  return { sizePt: min, lines: wrap(paragraphs, widthPt / min, face, true)!, fits: false }
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}

type TextField = Extract<TemplateField, { type: 'text' }>
type TextLayout = {
  item: Extract<PaintItem, { type: 'text' }>
  fits: boolean
  /** Characters the face lacks ("" when it prints them all). */
  missing: string
}

/** One field's filled text and its layout (null: the text is empty, nothing prints). */
interface CachedText {
  text: string
  layout: TextLayout | null
  /** The item in another ink (text on a category band), made once per ink. */
  inked?: Map<string, TextLayout['item']>
}

/** A printing field of one template for one kind of honoree, with what is fixed for it. */
type FieldPlan =
  | {
      type: 'text'
      field: TextField
      box: Box
      face: FontFace
      /** Placeholders in the content: their values are all the field's text depends on. */
      keys: readonly string[]
      cache: TextCache
      /** Lies on a box filled with the category colour: printed in the ink that reads on it. */
      onBand: boolean
    }
  | { type: 'other'; field: Exclude<TemplateField, TextField>; box: Box }

interface LayoutPlan {
  fields: FieldPlan[]
  widthPt: number
  heightPt: number
}

/**
 * Certificates of a batch share most of their text (achievement, dates, signer): laid-out text
 * is kept per field object and face by the values of the field's placeholders, so a page only
 * fills, measures and lays out what differs (names, numbers), and a designer edit that leaves a
 * field alone keeps its layout.
 */
type TextCache = Map<string | undefined, CachedText>
const textCaches = new WeakMap<TextField, Map<string, TextCache>>()
const textCacheLimit = 512

function textCacheFor(field: TextField, face: FontFace): TextCache {
  let byFace = textCaches.get(field)
  if (!byFace) {
    byFace = new Map()
    textCaches.set(field, byFace)
  }
  let cache = byFace.get(face.key)
  if (!cache) {
    cache = new Map()
    byFace.set(face.key, cache)
  }
  return cache
}
const placeholderNames = /\{([a-zA-Z]+)\}/g

const plans = new WeakMap<Template, WeakMap<FontSet, Map<string, LayoutPlan>>>()

function planFor(
  template: Template,
  kind: HonoreeKind,
  fonts: FontSet,
  purpose: LayoutOptions['purpose']
): LayoutPlan {
  let byFonts = plans.get(template)
  if (!byFonts) {
    byFonts = new WeakMap()
    plans.set(template, byFonts)
  }
  let byKind = byFonts.get(fonts)
  if (!byKind) {
    byKind = new Map()
    byFonts.set(fonts, byKind)
  }
  const key = `${kind}|${purpose}`
  let plan = byKind.get(key)
  if (!plan) {
    const bands = fieldsFor(template, kind).filter((f) => f.type === 'box' && f.fill === 'category')
    plan = {
      fields: fieldsFor(template, kind)
        .filter((field) => fieldPrints(template, field, purpose))
        .map((field): FieldPlan => {
          const box: Box = {
            x: mmToPt(field.xMm),
            y: mmToPt(field.yMm),
            w: mmToPt(field.widthMm),
            h: mmToPt(field.heightMm)
          }
          if (field.type !== 'text') return { type: 'other', field, box }
          const face = fonts.resolve(field.style.font, field.style.bold, field.style.italic)
          const keys = [...new Set([...field.content.matchAll(placeholderNames)].map((m) => m[1]!))]
          const onBand = bands.some((b) => insideBox(field, b))
          return { type: 'text', field, box, face, keys, cache: textCacheFor(field, face), onBand }
        }),
      widthPt: mmToPt(template.page.widthMm),
      heightPt: mmToPt(template.page.heightMm)
    }
    byKind.set(key, plan)
  }
  return plan
}

type MmBox = Pick<TemplateField, 'xMm' | 'yMm' | 'widthMm' | 'heightMm'>
/** Whether the middle of a field lies inside a box. */
const insideBox = (f: MmBox, b: MmBox) => {
  const cx = f.xMm + f.widthMm / 2
  const cy = f.yMm + f.heightMm / 2
  return cx >= b.xMm && cx <= b.xMm + b.widthMm && cy >= b.yMm && cy <= b.yMm + b.heightMm
}

/** The characters the face cannot print; the common case (none) without building a set. */
function missingIn(text: string, face: FontFace): string {
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i)
    if (cp >= 0xd800 && cp < 0xdc00) {
      cp = text.codePointAt(i)!
      i++
    }
    if (cp > 0x20 && cp !== 0xa0 && !face.has(cp)) return missingCharacters(text, face.has)
  }
  return ''
}

/** A value in a cache key that no other sequence of values can produce. */
const lengthPrefixed = (v: string | undefined) => (v === undefined ? '-' : `${v.length}:${v}`)

function cachedText(
  plan: Extract<FieldPlan, { type: 'text' }>,
  values: LayoutSubject['values']
): CachedText {
  const { field, keys, face, box } = plan
  const own = values as Readonly<Record<string, string | undefined>>
  const key =
    keys.length === 0
      ? ''
      : keys.length === 1
        ? placeholderValue(own, keys[0]!)
        : keys.map((k) => lengthPrefixed(placeholderValue(own, k))).join('')
  let hit = plan.cache.get(key)
  if (!hit) {
    let text = fillPlaceholders(field.content, values)
    if (field.style.upperCase) text = toUpperVietnamese(text)
    hit = {
      text,
      layout:
        text.trim() === ''
          ? null
          : { ...layoutText(field, text, face, box), missing: missingIn(text, face) }
    }
    if (plan.cache.size >= textCacheLimit) plan.cache.clear()
    plan.cache.set(key, hit)
  }
  return hit
}

function inked(cached: CachedText, item: TextLayout['item'], ink: string): TextLayout['item'] {
  if (ink === item.color) return item
  cached.inked ??= new Map()
  let variant = cached.inked.get(ink)
  if (!variant) {
    variant = { ...item, color: ink }
    cached.inked.set(ink, variant)
  }
  return variant
}

function layoutText(
  field: TextField,
  text: string,
  face: FontFace,
  box: Box
): Omit<TextLayout, 'missing'> {
  const style = field.style
  const fit = fitText(text, face, style, box.w, box.h)
  const size = fit.sizePt
  const { topEm, heightEm } = blockExtentEm(fit.lines, face, style.lineHeight)
  const slack = box.h - heightEm * size
  const va = style.verticalAlign ?? 'top'
  const top = box.y + (va === 'middle' ? slack / 2 : va === 'bottom' ? slack : 0)
  const spaceEm = face.advance(0x20)
  const runs: TextRun[] = []
  fit.lines.forEach((words, i) => {
    const y = top + (topEm + i * style.lineHeight) * size
    const width = lineWidthEm(words, face, spaceEm) * size
    const lastOfParagraph = i === fit.lines.length - 1 || isParagraphEnd(text, fit.lines, i)
    if (style.align === 'justify' && !lastOfParagraph && words.length > 1) {
      const gap = (box.w - (width - spaceEm * size * (words.length - 1))) / (words.length - 1)
      let x = box.x
      for (const w of words) {
        runs.push({ x, y, text: w })
        x += wordWidthEm(w, face) * size + gap
      }
      return
    }
    const x =
      style.align === 'center'
        ? box.x + (box.w - width) / 2
        : style.align === 'right'
          ? box.x + box.w - width
          : box.x
    runs.push({ x, y, text: words.join(' ') })
  })
  return {
    item: { type: 'text', fieldId: field.id, face, sizePt: size, color: style.color, runs },
    fits: fit.fits
  }
}

/** True when line i is the last line of its paragraph (an explicit line break follows). */
function isParagraphEnd(text: string, lines: readonly string[][], i: number): boolean {
  const paragraphs = text.split('\n').map((p) => p.split(' ').filter((w) => w !== '').length)
  let wordIndex = 0
  for (let k = 0; k <= i; k++) wordIndex += lines[k]!.length
  let acc = 0
  for (const n of paragraphs) {
    acc += n
    if (acc === wordIndex) return true
    if (acc > wordIndex) return false
  }
  return true
}

/** Where a box in template mm lands on the sheet once the printer profile is applied. */
export function profileBoxMm(
  b: { xMm: number; yMm: number; widthMm: number; heightMm: number },
  template: Template,
  profile: PrinterProfile | null
) {
  if (!profile) return { x: b.xMm, y: b.yMm, w: b.widthMm, h: b.heightMm }
  let x = profile.offsetXMm + profile.scaleX * b.xMm
  let y = profile.offsetYMm + profile.scaleY * b.yMm
  const w = profile.scaleX * b.widthMm
  const h = profile.scaleY * b.heightMm
  if (profile.rotate180) {
    x = template.page.widthMm - x - w
    y = template.page.heightMm - y - h
  }
  return { x, y, w, h }
}

const fieldPrints = (template: Template, field: TemplateField, purpose: LayoutOptions['purpose']) =>
  purpose === 'preview' || template.mode === 'full' || !field.preprinted

/**
 * The pure layout of one certificate: which text at which size where, what does not fit, what
 * the font cannot print, what falls in the printer's margin. Positions are in the template's
 * frame (the painter applies the printer profile as one transform).
 */
export function layoutCertificate(
  template: Template,
  subject: LayoutSubject,
  fonts: FontSet,
  options: LayoutOptions
): PageLayout {
  const items: PaintItem[] = []
  const warnings: LayoutWarning[] = []
  const warn = (w: Omit<LayoutWarning, 'honoreeId'>) =>
    warnings.push({ ...w, honoreeId: subject.honoreeId })
  const plan = planFor(template, subject.kind, fonts, options.purpose)
  for (const fieldPlan of plan.fields) {
    const { field, box } = fieldPlan
    let drawn = true
    if (fieldPlan.type === 'text') {
      const cached = cachedText(fieldPlan, subject.values)
      const { text, layout } = cached
      if (!layout) continue
      if (layout.missing) {
        warn({
          fieldId: field.id,
          kind: 'glyphs',
          message: `${field.label || field.id}: the font ${fieldPlan.face.family} cannot print ${[...layout.missing].join(' ')}`,
          chars: layout.missing
        })
      }
      items.push(
        fieldPlan.onBand && subject.categoryColor
          ? inked(cached, layout.item, inkOn(subject.categoryColor))
          : layout.item
      )
      if (!layout.fits) {
        warn({
          fieldId: field.id,
          kind: 'overflow',
          message: `${field.label || field.id}: "${text.replace(/\n/g, ' ')}" does not fit its box even at ${fieldPlan.field.style.minSizePt} pt`
        })
      }
    } else {
      const other = fieldPlan.field
      switch (other.type) {
        case 'box': {
          const fill = other.fill === 'category' ? subject.categoryColor : other.fill
          items.push({
            type: 'rect',
            ...box,
            color: other.color,
            widthPt: other.widthPt,
            ...(fill ? { fill } : {})
          })
          break
        }
        case 'line':
          items.push({
            type: 'line',
            x1: box.x,
            y1: box.y,
            x2: box.x + box.w,
            y2: box.y + box.h,
            color: other.color,
            widthPt: other.widthPt
          })
          break
        case 'image': {
          const image = other.source === 'photo' ? subject.photo : other.image
          if (image === null) drawn = false
          else
            items.push({
              type: 'image',
              ...box,
              image: image ?? other.image,
              ...(other.source === 'photo' ? { fit: 'cover' as const } : {})
            })
          break
        }
        case 'qr': {
          const content = fillPlaceholders(other.content, subject.values).replace(/\n/g, ' ')
          if (!content.trim()) {
            drawn = false
            break
          }
          const size = Math.min(box.w, box.h)
          items.push({ type: 'qr', x: box.x, y: box.y, size, matrix: qrMatrix(content) })
          break
        }
      }
    }
    if (drawn && options.marginMm !== null && options.marginMm > 0) {
      const b = profileBoxMm(field, template, options.profile)
      const m = options.marginMm
      const { widthMm, heightMm } = template.page
      if (b.x < m || b.y < m || b.x + b.w > widthMm - m || b.y + b.h > heightMm - m) {
        warn({
          fieldId: field.id,
          kind: 'margin',
          message: `${field.label || field.id} reaches into the printer's unprintable margin (${m} mm)`
        })
      }
    }
  }
  return {
    widthPt: plan.widthPt,
    heightPt: plan.heightPt,
    background:
      template.background && (options.purpose === 'preview' || template.mode === 'full')
        ? template.background
        : null,
    items,
    warnings
  }
}
