import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { Delegate } from '@shared/delegates/entities'
import { createAppService, type AppService } from '../app-service'
import { pdfFonts, pdfText } from '../certificates/testing/poppler'
import { testContext } from '../testing/test-context'
import { orderDelegates } from './card-order'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

describe('invitations', () => {
  it('give every invitee a letter with the right honorific, in print order, NFC, fonts embedded', async () => {
    const service = await createAppService(testContext())
    services.push(service)
    const call = async <T>(method: string, arg: unknown): Promise<T> => {
      const r = await service.dispatch(method, arg)
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
      return r.value as T
    }
    const { id: eventId } = await call<{ id: string }>('openSampleEvent', {})
    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    const file = await call<FileOut>('renderInvitations', {
      eventId,
      order: 'unit',
      letter: {
        number: '15',
        symbol: 'GM-UBND',
        date: '2025-09-05',
        time: '07 giờ 30 phút, ngày 12 tháng 9 năm 2025',
        place: 'Hội trường UBND phường Tiền Phong',
        dress: 'Trang phục công sở',
        contact: 'Đ/c Lê Thị Hoa, Văn phòng UBND phường, ĐT 0912 345 678'
      }
    })
    const pdf = Buffer.from(file.contentBase64, 'base64')
    const text = pdfText(pdf)
    expect(text).toBe(text.normalize('NFC'))
    const lines = text.split('\n').filter((l) => l.trim().startsWith('Kính gửi:'))
    const expected = orderDelegates(delegates, 'unit').map(
      (d) =>
        `Kính gửi: ${d.gender === 'male' ? 'Ông' : d.gender === 'female' ? 'Bà' : 'Ông/Bà'} ${d.fullName}`
    )
    expect(lines.map((l) => l.trim())).toEqual(expected)
    expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(delegates.length)
    expect(text).toContain('GIẤY MỜI')
    expect(text).toContain('Số: 15/GM-UBND')
    expect(text).toContain('Trân trọng kính mời./.')
    const fonts = pdfFonts(pdf)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim())
    expect(fonts.length).toBeGreaterThan(0)
    for (const f of fonts) expect(f).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+/)
  })
})
