import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { Unit } from '@shared/movement/entities'
import type { AppService } from '../app-service'
import { pdfToText } from '../pdf/testing/pdf-test-tools'
import { startMovementService } from './testing/movement-harness'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const text = async (file: FileOut) =>
  (await pdfToText(Buffer.from(file.contentBase64, 'base64'), { layout: false })).replace(
    /\s+/g,
    ' '
  )

describe('the papers of the movement', () => {
  it('fills a unit\u2019s registration form, the summary of registrations and the results table', async () => {
    const { service, call } = await startMovementService()
    open.push(service)
    await call('openSampleEvent', {})
    const units = await call<Unit[]>('listUnits', {})
    const group10 = units.find((u) => u.name === 'Tổ dân phố số 10') as Unit
    await call('saveRegistration', {
      year: 2026,
      unitId: group10.id,
      titleId: 'title-ldtt',
      personName: 'Ngô Văn Thành'
    })

    const form = await text(
      await call<FileOut>('exportRegistrationForm', { unitId: group10.id, year: 2026 })
    )
    expect(form).toContain('TỔ DÂN PHỐ SỐ 10')
    expect(form).toContain('BẢN ĐĂNG KÝ THI ĐUA NĂM 2026')
    expect(form).toContain('1. Danh hiệu tập thể: Tổ dân phố văn hóa.')
    expect(form).toContain('2. Danh hiệu cá nhân: 1 người đăng ký.')
    expect(form).toMatch(/Ngô Văn Thành.*Lao động tiên tiến/)
    expect(form).toContain('3. Gia đình văn hóa: 240 hộ')

    const summary = await text(
      await call<FileOut>('exportMovementTable', { year: 2026, kind: 'registrations' })
    )
    expect(summary).toContain('TỔNG HỢP ĐĂNG KÝ THI ĐUA NĂM 2026')
    expect(summary).toContain('Tổng số: 27 đơn vị./.')

    const results = await text(
      await call<FileOut>('exportMovementTable', { year: 2026, kind: 'results' })
    )
    expect(results).toContain('KẾT QUẢ THI ĐUA NĂM 2026')
    expect(results).toContain(
      'Tổ dân phố văn hóa: Không đạt; Ngô Văn Thành: Lao động tiên tiến: Chưa đánh giá'
    )
    expect(results).toContain('Còn 4 hộ vi phạm quy định về vệ sinh môi trường')
    expect(results).toContain('192/240 (80 %)')
  })
})
