import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import { createFontSet } from '../certificates/fonts'
import { rasterize, pdfPages, type Gray } from '../certificates/testing/poppler'
import { renderCardSheets } from './card-sheets'
import { cardSizes, impose, sheetSizes } from './imposition'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])
const dpi = 300
const pxPerMm = dpi / 25.4

/** A card that is only its outline: the edges are what the test measures. */
const outline = (card: { widthMm: number; heightMm: number }): Template => ({
  id: 'outline',
  name: 'outline',
  kind: 'delegateCard',
  builtIn: false,
  page: card,
  mode: 'full',
  background: null,
  fields: [
    {
      type: 'box',
      id: 'edge',
      label: 'edge',
      xMm: 0,
      yMm: 0,
      ...card,
      color: '#000000',
      widthPt: 0.3
    }
  ],
  variants: { collective: [], individual: [], household: [] },
  createdAt: '',
  updatedAt: ''
})

const profile = (offsetXMm: number, offsetYMm: number): PrinterProfile => ({
  id: 'p',
  name: 'p',
  offsetXMm,
  offsetYMm,
  scaleX: 1,
  scaleY: 1,
  rotate180: false,
  marginMm: 6,
  createdAt: '',
  updatedAt: ''
})

/** Where the darkness of a thin vertical (or horizontal) line lies, in mm, near `aroundMm`. */
function edgeAt(g: Gray, axis: 'x' | 'y', aroundMm: number, acrossMm: number): number | null {
  const centre = Math.round(aroundMm * pxPerMm)
  const fixed = Math.round(acrossMm * pxPerMm)
  let sum = 0
  let weight = 0
  for (let p = centre - 8; p <= centre + 8; p++) {
    const idx = axis === 'x' ? fixed * g.width + p : p * g.width + fixed
    const ink = 255 - g.data[idx]!
    sum += ink * (p + 0.5)
    weight += ink
  }
  return weight < 100 ? null : sum / weight / pxPerMm
}

async function sheetsFor(
  count: number,
  sheet: keyof typeof sheetSizes,
  p: PrinterProfile | null = null
) {
  const card = cardSizes.cr80
  const subjects = Array.from({ length: count }, (_, i) => ({
    honoreeId: `d${i}`,
    kind: 'individual' as const,
    values: {}
  }))
  return renderCardSheets({
    template: outline(card),
    fonts,
    profile: p,
    sheet: sheetSizes[sheet],
    gapMm: 6,
    orientation: 'auto',
    subjects,
    title: 't',
    creationDate: new Date('2025-09-01T00:00:00Z')
  })
}

describe('card imposition', () => {
  it('fits 9 cards of 85.6 × 54 mm on A4 and 18 on A3, centred, inside the margins', () => {
    const a4 = impose({
      sheet: sheetSizes.A4,
      card: cardSizes.cr80,
      marginMm: 5,
      gapMm: 6,
      orientation: 'auto'
    })
    expect([a4.columns, a4.rows, a4.sheet.widthMm]).toEqual([3, 3, 297])
    const portrait = impose({
      sheet: sheetSizes.A4,
      card: cardSizes.cr80,
      marginMm: 5,
      gapMm: 6,
      orientation: 'portrait'
    })
    expect(portrait.slots.length).toBe(8)
    const a3 = impose({
      sheet: sheetSizes.A3,
      card: cardSizes.cr80,
      marginMm: 5,
      gapMm: 6,
      orientation: 'auto'
    })
    expect(a3.slots.length).toBe(18)
    for (const imp of [a4, portrait, a3]) {
      for (const s of imp.slots) {
        expect(s.xMm).toBeGreaterThanOrEqual(10 - 1e-9)
        expect(s.yMm).toBeGreaterThanOrEqual(10 - 1e-9)
        expect(s.xMm + imp.card.widthMm).toBeLessThanOrEqual(imp.sheet.widthMm - 10 + 1e-9)
        expect(s.yMm + imp.card.heightMm).toBeLessThanOrEqual(imp.sheet.heightMm - 10 + 1e-9)
      }
    }
  })

  it('puts every crop mark outside every card and inside the printable area', () => {
    for (const gapMm of [0, 2, 6]) {
      for (const card of Object.values(cardSizes)) {
        const imp = impose({ sheet: sheetSizes.A4, card, marginMm: 5, gapMm, orientation: 'auto' })
        expect(imp.marks.length).toBeGreaterThan(0)
        for (const m of imp.marks) {
          for (const s of imp.slots) {
            const inside = (x: number, y: number) =>
              x > s.xMm - 0.5 &&
              x < s.xMm + card.widthMm + 0.5 &&
              y > s.yMm - 0.5 &&
              y < s.yMm + card.heightMm + 0.5
            // marks are straight: both ends and the middle say whether they cross a card
            const mid = [(m.x1 + m.x2) / 2, (m.y1 + m.y2) / 2] as const
            expect([inside(m.x1, m.y1), inside(m.x2, m.y2), inside(...mid)]).toEqual([
              false,
              false,
              false
            ])
          }
          expect(Math.min(m.x1, m.x2)).toBeGreaterThanOrEqual(5)
          expect(Math.min(m.y1, m.y2)).toBeGreaterThanOrEqual(5)
        }
      }
    }
  })

  for (const sheet of ['A4', 'A3'] as const) {
    for (const count of [1, 7, 8, 9, 1000]) {
      it(`prints ${count} card(s) on ${sheet} where they were planned (±0.1 mm at 300 dpi)`, async () => {
        const { pdf, imposition, sheets } = await sheetsFor(count, sheet)
        const perSheet = imposition.slots.length
        expect(sheets).toBe(Math.ceil(count / perSheet))
        expect(pdfPages(pdf)).toBe(sheets)
        const pages = sheets === 1 ? [1] : [1, sheets]
        for (const page of pages) {
          const g = rasterize(pdf, dpi, page)
          const onPage = page < sheets ? perSheet : count - (sheets - 1) * perSheet
          imposition.slots.forEach((s, k) => {
            const midY = s.yMm + imposition.card.heightMm / 2
            const midX = s.xMm + imposition.card.widthMm / 2
            const left = edgeAt(g, 'x', s.xMm, midY)
            const top = edgeAt(g, 'y', s.yMm, midX)
            const right = edgeAt(g, 'x', s.xMm + imposition.card.widthMm, midY)
            if (k >= onPage) {
              expect([left, top]).toEqual([null, null])
              return
            }
            expect(Math.abs(left! - s.xMm)).toBeLessThanOrEqual(0.1)
            expect(Math.abs(top! - s.yMm)).toBeLessThanOrEqual(0.1)
            expect(Math.abs(right! - (s.xMm + imposition.card.widthMm))).toBeLessThanOrEqual(0.1)
          })
        }
      })
    }
  }

  it("applies the printer profile's offsets once, to the whole sheet", async () => {
    const { pdf, imposition } = await sheetsFor(9, 'A4', profile(3, -2))
    const g = rasterize(pdf, dpi, 1)
    for (const s of imposition.slots) {
      const midY = s.yMm + imposition.card.heightMm / 2
      const midX = s.xMm + imposition.card.widthMm / 2
      expect(Math.abs(edgeAt(g, 'x', s.xMm + 3, midY - 2)! - (s.xMm + 3))).toBeLessThanOrEqual(0.1)
      expect(Math.abs(edgeAt(g, 'y', s.yMm - 2, midX + 3)! - (s.yMm - 2))).toBeLessThanOrEqual(0.1)
    }
    // the margin of the profile (6 mm) decides the imposition
    expect(Math.min(...imposition.slots.map((s) => s.xMm))).toBeGreaterThanOrEqual(11)
  })
})
