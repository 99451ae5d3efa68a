import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { DelegateCategory } from '@shared/delegates/entities'
import { pdfPageCount, pdfToText } from '../pdf/testing/pdf-test-tools'
import { sampleDesk } from './testing/attendance-kit'

const desk = 'Bàn 1'

describe('the credentials report', () => {
  it('states summoned, present, absent with reasons, substitutes, the conclusion and the absentees', async () => {
    const { call, eventId, codes } = await sampleDesk()
    const categories = await call<DelegateCategory[]>('listDelegateCategories', { eventId })
    await call('saveDelegateCategories', {
      eventId,
      categories: categories.map((c) => ({ id: c.id, name: c.name, counted: true }))
    })
    for (const c of codes.slice(0, 60)) await call('checkIn', { eventId, desk, code: c.code })
    await call('addSubstitute', {
      eventId,
      desk,
      replacedId: codes[100]!.delegateId,
      substitute: { fullName: 'Đỗ Thị Thay' }
    })
    await call('setAbsence', {
      eventId,
      delegateId: codes[101]!.delegateId,
      reason: 'excused',
      note: 'Ốm'
    })
    await call('setAbsence', { eventId, delegateId: codes[102]!.delegateId, reason: 'unexcused' })
    const file = await call<FileOut>('renderCredentialsReport', {
      eventId,
      chairName: 'Nguyễn Văn Trưởng'
    })
    const pdf = Buffer.from(file.contentBase64, 'base64')
    const text = (await pdfToText(pdf)).replace(/\s+/g, ' ')
    expect(text).toContain('THẨM TRA TƯ CÁCH ĐẠI BIỂU')
    expect(text).toContain('Tổng số đại biểu được triệu tập: 120 đồng chí.')
    expect(text).toContain(
      'Số đại biểu có mặt: 61 đồng chí, đạt 50,8% (trong đó 01 đồng chí dự thay).'
    )
    expect(text).toContain(
      'Số đại biểu vắng mặt: 59 đồng chí (có lý do: 01; không có lý do: 01; chưa rõ lý do: 57).'
    )
    expect(text).toContain('Tổng số: 61 đại biểu.')
    expect(text).toContain('Đỗ Thị Thay')
    expect(text).toContain('đủ điều kiện để Đại hội tiến hành')
    expect(text).toContain('TM. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU')
    expect(text).toContain('Nguyễn Văn Trưởng')
    expect(text).toContain('DANH SÁCH ĐẠI BIỂU VẮNG MẶT')
    expect(text).toContain('Vắng có lý do')
    expect(text).toContain('(Ốm)')
    expect(text).toContain('Danh sách có 59 đại biểu vắng mặt./.')
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(3)
    if (process.env.DAIS_KEEP_PDF) writeFileSync(process.env.DAIS_KEEP_PDF, pdf)
  })
})
