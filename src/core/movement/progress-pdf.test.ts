import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { Unit } from '@shared/movement/entities'
import type { AppService } from '../app-service'
import { pdfPageCount, pdfToText } from '../pdf/testing/pdf-test-tools'
import { residentialGroupTitleId } from '../schema/default-titles'
import { createGroups, createWardMovement, startMovementService } from './testing/movement-harness'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('the printed progress page', () => {
  it('is one A4 page with the Decree 30 header, each year\u2019s percentages and the lagging groups', async () => {
    const { service, call } = await startMovementService()
    open.push(service)
    await call('updateOrganisation', {
      authorityName: 'Ủy ban nhân dân phường Tiền Phong',
      headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TIỀN PHONG'],
      placeName: 'Tiền Phong'
    })
    await createWardMovement(call)
    const groups = await createGroups(call, 20, 50)
    const register = async (year: number, achieved: number, titled: number) => {
      for (const [i, g] of groups.entries()) {
        await call('saveRegistration', {
          year,
          unitId: g.id,
          titleId: residentialGroupTitleId,
          result: i < achieved ? 'achieved' : 'not-achieved',
          reason: i < achieved ? '' : 'Chưa hoàn thành vệ sinh môi trường'
        })
        await call('saveHouseholdTally', { year, unitId: g.id, titled })
      }
    }
    await register(2025, 18, 44) // 90 %, 88 %
    await register(2026, 19, 45) // 95 % (not > 95 %), 90 % (not > 90 %)
    await call<Unit>('createUnit', {
      kind: 'agency',
      name: 'Công an phường',
      head: 'Phạm Văn Dũng',
      headPosition: 'Trưởng Công an',
      households: null
    })

    const file = await call<FileOut>('exportProgressPdf', { year: 2026 })
    const pdf = Buffer.from(file.contentBase64, 'base64')
    expect(await pdfPageCount(pdf)).toBe(1)
    const text = (await pdfToText(pdf, { layout: false })).replace(/\s+/g, ' ')
    expect(text).toContain('PHƯỜNG TIỀN PHONG')
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA')
    expect(text).toContain('Phong trào thi đua yêu nước giai đoạn 2025 - 2030')
    expect(text).toMatch(/> 95 % \(2030\)/)
    expect(text).toMatch(/> 90 % \(2030\)/)
    // Groups meeting the standard: 90 % in 2025, 95 % in 2026 — which does not meet "> 95 %".
    expect(text).toMatch(/19\/20, 95 % — chưa đạt\. Còn thiếu 1 đơn vị\./)
    expect(text).toMatch(/900\/1000, 90 % — chưa đạt\./)
    expect(text).toContain('Tổ dân phố số 20 (không đạt: Chưa hoàn thành vệ sinh môi trường)')
    expect(text).toContain('Công an phường (chưa đăng ký)')
    expect(text).toMatch(/20\/21, 95,2 % — chưa đạt/)
    expect(text.trim().endsWith('./.')).toBe(true)
  })
})
