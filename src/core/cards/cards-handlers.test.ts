import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { afterEach, describe, expect, it } from 'vitest'
import type { CardsCheck } from '@shared/cards/contract'
import type { CheckInVerdict } from '@shared/cards/entities'
import type { FileOut } from '@shared/contract-part'
import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import { compareVietnameseNames } from '@shared/text'
import { delegateNameInput } from '@shared/delegates/records'
import type { AppService } from '../app-service'
import { pdfPages, pdfToPng, rasterize, type Gray } from '../certificates/testing/poppler'
import { sampleService as openSample } from '../testing/sample-service'
import { impose, sheetSizes, cardSizes } from './imposition'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const sampleService = () => openSample(services)

const pdfOf = (f: FileOut) => Buffer.from(f.contentBase64, 'base64')

/** One card's square of the raster as RGBA, for the QR decoder. */
function crop(g: Gray, xMm: number, yMm: number, wMm: number, hMm: number, dpi: number) {
  const s = dpi / 25.4
  const x0 = Math.round(xMm * s)
  const y0 = Math.round(yMm * s)
  const w = Math.round(wMm * s)
  const h = Math.round(hMm * s)
  const rgba = new Uint8ClampedArray(w * h * 4)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = g.data[(y0 + y) * g.width + x0 + x]!
      const i = (y * w + x) * 4
      rgba[i] = rgba[i + 1] = rgba[i + 2] = v
      rgba[i + 3] = 255
    }
  }
  return { rgba, w, h }
}

describe('delegate cards', () => {
  it("carry each delegate's check-in code in a QR code that decodes back to them, in name order", async () => {
    const { call, eventId } = await sampleService()
    const categories = await call<DelegateCategory[]>('listDelegateCategories', { eventId })
    await call('saveDelegateCategories', {
      eventId,
      categories: categories.map((c, i) => ({
        id: c.id,
        name: c.name,
        counted: c.counted,
        color: ['#B22222', '#FFD700', '#1E6FD9', '#2E8B57'][i % 4]
      }))
    })
    const request = { eventId, templateId: 'builtin-card-cr80', sheet: 'A4', order: 'name' }
    const check = await call<CardsCheck>('checkDelegateCards', request)
    expect(check).toMatchObject({ count: 120, perSheet: 9, sheets: 14, problems: [] })
    const file = await call<FileOut>('renderDelegateCards', request)
    const pdf = pdfOf(file)
    expect(pdfPages(pdf)).toBe(14)
    mkdirSync(join(__dirname, '..', '..', '..', 'test-results'), { recursive: true })
    pdfToPng(pdf, 60, join(__dirname, '..', '..', '..', 'test-results', 'cards-sheet-1.png'))

    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    const imposition = impose({
      sheet: sheetSizes.A4,
      card: cardSizes.cr80,
      marginMm: 5,
      gapMm: 6,
      orientation: 'auto'
    })
    const dpi = 200
    const printed: Delegate[] = []
    for (const page of [1, 2]) {
      const g = rasterize(pdf, dpi, page)
      for (const slot of imposition.slots) {
        // the template's QR code square, with a quiet zone round it
        const c = crop(g, slot.xMm + 60, slot.yMm + 24, 25, 25, dpi)
        const qr = jsQR(c.rgba, c.w, c.h)
        expect(qr, `QR on page ${page}`).not.toBeNull()
        const verdict = await call<CheckInVerdict>('verifyCheckInCode', { eventId, code: qr!.data })
        expect(verdict.status).toBe('valid')
        printed.push(delegates.find((d) => d.id === verdict.delegateId)!)
      }
    }
    expect(printed).toHaveLength(18)
    expect(new Set(printed.map((d) => d.id)).size).toBe(18)
    for (let i = 1; i < printed.length; i++) {
      expect(
        compareVietnameseNames(delegateNameInput(printed[i - 1]!), delegateNameInput(printed[i]!))
      ).toBeLessThanOrEqual(0)
    }
  })

  it('reprints only the selected cards, and refuses photos that are missing or not images', async () => {
    const { call, service, eventId } = await sampleService()
    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    const two = [delegates[5]!, delegates[9]!]
    const reprint = await call<FileOut>('renderDelegateCards', {
      eventId,
      templateId: 'builtin-card-cr80',
      delegateIds: two.map((d) => d.id)
    })
    expect(pdfPages(pdfOf(reprint))).toBe(1)

    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
      'base64'
    )
    const photo = (name: string, bytes: Buffer) => ({
      fileName: name,
      contentBase64: bytes.toString('base64')
    })
    const base = {
      eventId,
      templateId: 'builtin-card-90x120',
      delegateIds: two.map((d) => d.id)
    }
    const missing = await service.dispatch('renderDelegateCards', {
      ...base,
      photos: [photo(`${two[0]!.number}.png`, png)]
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'INCOMPLETE' } })
    expect(JSON.stringify(missing)).toContain(two[1]!.fullName)
    const notImage = await service.dispatch('renderDelegateCards', {
      ...base,
      photos: [
        photo(`00${two[0]!.number}.jpg`, png),
        photo(`${two[1]!.fullName}.jpg`, Buffer.from('not an image'))
      ]
    })
    expect(notImage).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FILE' } })
    const ok = await service.dispatch('renderDelegateCards', {
      ...base,
      photos: [photo(`00${two[0]!.number}.png`, png), photo(`${two[1]!.fullName}.PNG`, png)]
    })
    expect(ok.ok).toBe(true)
    // a certificate template is not a card template
    expect(
      await service.dispatch('renderDelegateCards', { eventId, templateId: 'builtin-full-a4' })
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })
})
