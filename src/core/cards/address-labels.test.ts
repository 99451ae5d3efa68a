import { afterEach, describe, expect, it } from 'vitest'
import { unzipSync } from 'fflate'
import type { LabelSheet } from '@shared/cards/contract'
import type { FileOut } from '@shared/contract-part'
import type { Delegate } from '@shared/delegates/entities'
import { createAppService, type AppService } from '../app-service'
import { pdfPages, pdfText } from '../certificates/testing/poppler'
import { testContext } from '../testing/test-context'
import { labelBox } from './address-labels'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

async function sample() {
  const service = await createAppService(testContext())
  services.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  const { id: eventId } = await call<{ id: string }>('openSampleEvent', {})
  const delegates = await call<Delegate[]>('listDelegates', { eventId })
  return { service, call, eventId, delegates }
}

const words = (pdf: Buffer) =>
  [...pdfText(pdf, ['-bbox']).matchAll(/xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</g)].map(
    (m) => ({ x: Number(m[1]) / (72 / 25.4), y: Number(m[2]) / (72 / 25.4), text: m[3]! })
  )

describe('envelope address labels', () => {
  it('put every invitee on a label of the chosen A4 sheet, inside its box, after the skipped ones', async () => {
    const { call, eventId, delegates } = await sample()
    const sheets = await call<LabelSheet[]>('listLabelSheets', {})
    const sheet = sheets.find((s) => s.id === 'L7160')!
    const chosen = delegates.slice(0, 25)
    const file = await call<FileOut>('renderAddressLabels', {
      eventId,
      sheet,
      skip: 2,
      delegateIds: chosen.map((d) => d.id)
    })
    const pdf = Buffer.from(file.contentBase64, 'base64')
    // 2 skipped + 25 labels on sheets of 21
    expect(pdfPages(pdf)).toBe(2)
    const text = pdfText(pdf)
    expect(text).toBe(text.normalize('NFC'))
    for (const d of chosen) expect(text.replace(/\s+/g, ' ')).toContain(d.fullName)
    // The first label starts in the third box; "Kính" words sit inside their boxes.
    const kinh = words(pdf).filter((w) => w.text === 'Kính')
    expect(kinh).toHaveLength(25)
    const first = labelBox(sheet, 2)
    expect(kinh[0]!.x).toBeGreaterThan(first.xMm)
    expect(kinh[0]!.x).toBeLessThan(first.xMm + first.widthMm)
    expect(kinh[0]!.y).toBeGreaterThan(first.yMm)
    expect(kinh[0]!.y).toBeLessThan(first.yMm + first.heightMm)
  })

  it('refuses a custom grid that runs off the sheet, saying where', async () => {
    const { service, eventId } = await sample()
    const r = await service.dispatch('renderAddressLabels', {
      eventId,
      sheet: {
        id: 'custom',
        name: 'custom',
        columns: 3,
        rows: 8,
        labelWidthMm: 70,
        labelHeightMm: 40,
        leftMm: 0,
        topMm: 0,
        pitchXMm: 70,
        pitchYMm: 40
      }
    })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(/8 rows end at 320\.0 mm, past the A4 height/)
  })
})

describe('invitations: settings and a zip of one file each', () => {
  it('keeps what the user typed and prints it; the zip holds one PDF per invitee in print order', async () => {
    const { call, eventId, delegates } = await sample()
    const letter = {
      number: '15',
      symbol: 'GM-UBND',
      date: '2025-09-05',
      time: '07 giờ 30 phút, ngày 12 tháng 9 năm 2025',
      place: 'Hội trường UBND phường Tiền Phong',
      dress: 'Trang phục công sở',
      contact: 'Đ/c Lê Thị Hoa',
      signerIndex: 0
    }
    expect((await call<{ number: string }>('getInvitationSettings', { eventId })).number).toBe('')
    await call('saveInvitationSettings', { eventId, letter })
    expect(await call('getInvitationSettings', { eventId })).toEqual(letter)
    const chosen = delegates.slice(0, 3)
    const zip = await call<FileOut>('renderInvitations', {
      eventId,
      output: 'zip',
      order: 'name',
      delegateIds: chosen.map((d) => d.id)
    })
    expect(zip.fileName).toMatch(/\.zip$/)
    const files = unzipSync(Buffer.from(zip.contentBase64, 'base64'))
    const names = Object.keys(files)
    expect(names).toHaveLength(3)
    expect(names.map((n) => n.slice(0, 4))).toEqual(['001 ', '002 ', '003 '])
    for (const name of names) {
      const text = pdfText(Buffer.from(files[name]!))
      expect(text).toContain('Số: 15/GM-UBND')
      expect(text).toContain('Trang phục công sở')
      expect(text).toContain(name.slice(4, -4))
    }
  })
})
