import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Template, TemplateField, TextStyle } from '@shared/certificates/entities'
import { fillPlaceholders, formatPlaceDate, formatShortDate } from './certificate-values'
import { createFontSet } from './fonts'
import { fieldsFor, layoutCertificate, ptPerMm, wordWidthEm, type PaintItem } from './layout'
import { shippedTemplates } from './templates'
import { sampleBatchItems } from './testing/sample-decision'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])
const templates = shippedTemplates(resourcesDir).filter((t) => !t.kind || t.kind === 'certificate')

const style = (over: Partial<TextStyle> = {}): TextStyle => ({
  font: 'Tinos',
  sizePt: 24,
  minSizePt: 12,
  bold: true,
  italic: false,
  color: '#000000',
  align: 'center',
  maxLines: 1,
  upperCase: false,
  lineHeight: 1.15,
  ...over
})

const oneField = (content: string, s: TextStyle, widthMm = 120, heightMm = 12): Template => ({
  id: 't',
  name: 't',
  builtIn: false,
  page: { widthMm: 297, heightMm: 210 },
  mode: 'blank',
  background: null,
  fields: [
    { type: 'text', id: 'f', label: 'f', xMm: 50, yMm: 60, widthMm, heightMm, content, style: s }
  ],
  variants: { collective: [], individual: [], household: [] },
  createdAt: '',
  updatedAt: ''
})

const subject = (name: string) => ({
  honoreeId: 'h',
  kind: 'individual' as const,
  values: { ...sampleBatchItems(1)[0]!.subject.values, name, nameLine: name }
})

type TextItem = Extract<PaintItem, { type: 'text' }>

/** Every run's ink (advance box, real glyph tops and bottoms) inside the field's box. */
function inside(
  item: TextItem,
  f: { xMm: number; yMm: number; widthMm: number; heightMm: number }
) {
  const eps = 0.01
  const box = {
    x: f.xMm * ptPerMm - eps,
    y: f.yMm * ptPerMm - eps,
    r: (f.xMm + f.widthMm) * ptPerMm + eps,
    b: (f.yMm + f.heightMm) * ptPerMm + eps
  }
  return item.runs.every((r) => {
    const width = wordWidthEm(r.text, item.face) * item.sizePt
    const cps = [...r.text].map((c) => c.codePointAt(0)!)
    const top = r.y - Math.max(...cps.map((c) => item.face.top(c))) * item.sizePt
    const bottom = r.y - Math.min(...cps.map((c) => item.face.bottom(c))) * item.sizePt
    return r.x >= box.x && r.x + width <= box.r && top >= box.y && bottom <= box.b
  })
}

const longWord = 'Nguyễnthịminhkhaiphươngthảohoàngtrangngọchuyềnđặngvănựcẫỗựab'

describe('fit', () => {
  const samples = [
    ...new Set(
      sampleBatchItems(31).flatMap((i) => [i.subject.values.nameLine, i.subject.values.position])
    )
  ]
  const hard = [
    'Tôn Nữ Thị Hoàng Phương Thảo',
    'NGUYỄN THỊ ẪỖỰ ẪỖỰ',
    'Bà Tôn Nữ Thị Hoàng Phương Thảo Nguyễn Thị Minh Khai Trịnh Thị Ngọc Huyền Trang Lê',
    longWord
  ]
  expect(longWord).toHaveLength(60)

  it.each(templates.map((t) => [t.name, t] as const))(
    '%s: every sample and hard name inside its box at ≥ the minimum size, or flagged',
    (_, template) => {
      for (const kind of ['collective', 'individual', 'household'] as const) {
        const fields = fieldsFor(template, kind).filter(
          (f): f is Extract<TemplateField, { type: 'text' }> => f.type === 'text'
        )
        for (const text of [...samples, ...hard]) {
          const t = {
            ...template,
            fields: fields.map((f) => ({
              ...f,
              content: ['recipient', 'position', 'achievement'].includes(f.id) ? text : f.content
            })),
            variants: { collective: [], individual: [], household: [] }
          }
          const layout = layoutCertificate(t, { ...subject(text), kind }, fonts, {
            purpose: 'preview',
            marginMm: null,
            profile: null
          })
          for (const item of layout.items.filter((i): i is TextItem => i.type === 'text')) {
            const field = t.fields.find((f) => f.id === item.fieldId)!
            const flagged = layout.warnings.some(
              (w) => w.fieldId === field.id && w.kind === 'overflow'
            )
            const ok = item.sizePt >= field.style.minSizePt - 1e-9 && inside(item, field)
            expect(ok || flagged, `${template.name} / ${field.id}: ${text}`).toBe(true)
            // nothing dropped, clipped or ellipsized
            const painted = item.runs
              .map((r) => r.text)
              .join('')
              .replace(/\s/g, '')
            const expected = fillPlaceholders(field.content, subject(text).values)
            const cased = field.style.upperCase ? expected.toLocaleUpperCase('vi') : expected
            expect(painted).toBe(cased.normalize('NFC').replace(/\s/g, ''))
          }
        }
      }
    }
  )

  it('shrinks a long name down to fit, and flags one that does not fit at the minimum', () => {
    const long = 'Bà Tôn Nữ Thị Hoàng Phương Thảo'
    const shrunk = layoutCertificate(oneField(long, style(), 90), subject(long), fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    })
    const item = shrunk.items[0] as TextItem
    expect(item.sizePt).toBeLessThan(24)
    expect(item.sizePt).toBeGreaterThanOrEqual(12)
    expect(shrunk.warnings).toEqual([])
    expect(inside(item, { xMm: 50, yMm: 60, widthMm: 90, heightMm: 12 })).toBe(true)

    const word = layoutCertificate(
      oneField(longWord, style({ maxLines: 2 }), 60, 20),
      subject(''),
      fonts,
      {
        purpose: 'print',
        marginMm: null,
        profile: null
      }
    )
    expect(word.warnings).toMatchObject([{ kind: 'overflow', fieldId: 'f', honoreeId: 'h' }])
    const runs = (word.items[0] as TextItem).runs
    expect(runs.length).toBeGreaterThan(2)
    expect(runs.map((r) => r.text).join('')).toBe(longWord)
  })

  it('leaves headroom for stacked capitals: the glyph tops stay inside the box', () => {
    const caps = 'ẪỖỰ ẪỖỰ'
    const face = fonts.resolve('Tinos', true, false)
    const topEm = Math.max(...[...caps].map((c) => face.top(c.codePointAt(0)!)))
    const heightEm = topEm + face.descent
    const heightMm = (heightEm * 24) / ptPerMm + 0.01
    const layout = layoutCertificate(oneField(caps, style(), 200, heightMm), subject(''), fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    })
    const item = layout.items[0] as TextItem
    expect(layout.warnings).toEqual([])
    expect(item.sizePt).toBe(24)
    expect(inside(item, { xMm: 50, yMm: 60, widthMm: 200, heightMm })).toBe(true)
  })

  it('respects max lines, alignment and justified lines', () => {
    const text = 'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025'
    const s = style({ sizePt: 15, minSizePt: 15, bold: false, align: 'justify', maxLines: 3 })
    const l = layoutCertificate(oneField(text, s, 100, 30), subject(''), fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    })
    const item = l.items[0] as TextItem
    expect(l.warnings).toEqual([])
    const lines = [...new Set(item.runs.map((r) => r.y))]
    expect(lines.length).toBe(2)
    const first = item.runs.filter((r) => r.y === lines[0])
    const last = first[first.length - 1]!
    expect(last.x + wordWidthEm(last.text, item.face) * 15).toBeCloseTo(150 * ptPerMm, 3)
    const one = layoutCertificate(
      oneField(text, { ...s, maxLines: 1 }, 100, 30),
      subject(''),
      fonts,
      {
        purpose: 'print',
        marginMm: null,
        profile: null
      }
    )
    expect(one.warnings.map((w) => w.kind)).toEqual(['overflow'])
  })

  it('flags characters the font cannot print and fields in the printer margin', () => {
    const t = oneField('Giấy khen 賞 ✓', style(), 120, 12)
    t.fields[0] = { ...t.fields[0]!, xMm: 2 }
    const l = layoutCertificate(t, subject(''), fonts, {
      purpose: 'print',
      marginMm: 5,
      profile: null
    })
    expect(l.warnings).toMatchObject([
      { kind: 'glyphs', chars: '賞✓' },
      { kind: 'margin', fieldId: 'f' }
    ])
  })

  it('never prints pre-printed fields or the background on a blank; the preview shows them', () => {
    const blank = templates.find((t) => t.id === 'builtin-blank-a4')!
    const withBg = { ...blank, background: { mime: 'image/png' as const, dataBase64: 'AA==' } }
    const printed = layoutCertificate(withBg, subject('Ông A'), fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    })
    const preview = layoutCertificate(withBg, subject('Ông A'), fonts, {
      purpose: 'preview',
      marginMm: null,
      profile: null
    })
    expect(printed.background).toBeNull()
    expect(preview.background).not.toBeNull()
    const ids = (l: typeof printed) => l.items.map((i) => (i.type === 'text' ? i.fieldId : i.type))
    expect(ids(printed)).not.toContain('nationalTitle')
    expect(ids(printed)).not.toContain('awardTitle')
    expect(ids(preview)).toContain('nationalTitle')
    expect(ids(printed)).toContain('recipient')
  })
})

describe('placeholders and dates', () => {
  it('fills placeholders and drops lines whose placeholders are all empty', () => {
    expect(
      fillPlaceholders('{signerOnBehalfOf}\n{signerTitle}', {
        signerOnBehalfOf: '',
        signerTitle: 'CHỦ TỊCH'
      })
    ).toBe('CHỦ TỊCH')
    expect(fillPlaceholders('Số sổ: {registerNumber}', { registerNumber: '' })).toBe('Số sổ:')
    expect(fillPlaceholders('{unknown} x', {})).toBe('{unknown} x')
  })
  it('never reads a placeholder from Object.prototype', () => {
    expect(fillPlaceholders('{constructor} {toString} {hasOwnProperty}', { name: 'A' })).toBe(
      '{constructor} {toString} {hasOwnProperty}'
    )
  })
  it('writes Decree 30 dates: leading zero for days 1–9 and months 1–2', () => {
    expect(formatPlaceDate('Tiền Phong', '2025-09-05')).toBe('Tiền Phong, ngày 05 tháng 9 năm 2025')
    expect(formatPlaceDate('Tiền Phong', '2025-02-15')).toBe(
      'Tiền Phong, ngày 15 tháng 02 năm 2025'
    )
    expect(formatShortDate('2025-12-01')).toBe('01/12/2025')
  })
})

describe('delegate documents', () => {
  const band: TemplateField = {
    type: 'box',
    id: 'band',
    label: 'band',
    xMm: 0,
    yMm: 40,
    widthMm: 85.6,
    heightMm: 14,
    color: '#000000',
    widthPt: 0.1,
    fill: 'category'
  }
  const onBand: TemplateField = {
    type: 'text',
    id: 'category',
    label: 'category',
    xMm: 2,
    yMm: 42,
    widthMm: 81.6,
    heightMm: 10,
    content: '{category}',
    style: style({ sizePt: 12, minSizePt: 8 })
  }
  const photo: TemplateField = {
    type: 'image',
    id: 'photo',
    label: 'photo',
    xMm: 2,
    yMm: 2,
    widthMm: 20,
    heightMm: 25,
    image: { mime: 'image/png', dataBase64: 'AAAA' },
    source: 'photo'
  }
  const card: Template = {
    ...oneField('', style()),
    kind: 'delegateCard',
    page: { widthMm: 85.6, heightMm: 54 },
    fields: [band, onBand, photo]
  }
  const person = (categoryColor: string | null, photoData?: string | null) => ({
    honoreeId: 'd1',
    kind: 'individual' as const,
    values: { category: 'Khách mời' },
    categoryColor,
    photo:
      photoData === undefined
        ? undefined
        : photoData === null
          ? null
          : { mime: 'image/png' as const, dataBase64: photoData }
  })
  const opts = { purpose: 'print' as const, marginMm: null, profile: null }

  it('fills the band with the category colour and prints its text in the ink that reads on it', () => {
    const dark = layoutCertificate(card, person('#8B0000', 'BBBB'), fonts, opts)
    expect(dark.items.find((i) => i.type === 'rect')).toMatchObject({ fill: '#8B0000' })
    expect(dark.items.find((i) => i.type === 'text')).toMatchObject({ color: '#ffffff' })
    const light = layoutCertificate(card, person('#FFE066', 'BBBB'), fonts, opts)
    expect(light.items.find((i) => i.type === 'text')).toMatchObject({ color: '#000000' })
    const none = layoutCertificate(card, person(null, 'BBBB'), fonts, opts)
    expect(none.items.find((i) => i.type === 'rect')).not.toHaveProperty('fill')
  })

  it("prints the delegate's photo in a photo field, the designer's image in a preview, nothing without one", () => {
    const image = (p: ReturnType<typeof person>) =>
      layoutCertificate(card, p, fonts, opts).items.find((i) => i.type === 'image')
    expect(image(person(null, 'BBBB'))).toMatchObject({ image: { dataBase64: 'BBBB' } })
    expect(image(person(null))).toMatchObject({ image: { dataBase64: 'AAAA' } })
    expect(image(person(null, null))).toBeUndefined()
  })
})
