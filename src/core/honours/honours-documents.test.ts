import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { Event } from '@shared/entities'
import type { BonusTable, Decision, RegisterEntry } from '@shared/honours/entities'
import { createAppService, type AppService } from '../app-service'
import { pdfToText } from '../pdf/testing/pdf-test-tools'
import { testContext } from '../testing/test-context'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

async function sample() {
  const service = await createAppService(testContext(), {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.value as T
  }
  const event = await call<Event>('openSampleEvent', {})
  const [decision] = await call<Decision[]>('listDecisions', { eventId: event.id })
  return { call, event, decision: decision as Decision }
}

const bytes = (file: FileOut) => Buffer.from(file.contentBase64, 'base64')

describe('decision documents', () => {
  it('exports the sample decision as PDF with its number, date and the register numbers', async () => {
    const { call, decision } = await sample()
    const file = await call<FileOut>('exportDecisionPdf', { id: decision.id })
    expect(file.contentType).toBe('application/pdf')
    expect(file.fileName).toBe('Quyết định 125-QĐ-UBND.pdf')
    const text = (await pdfToText(bytes(file))).replace(/\s+/g, ' ')
    expect(text).toContain('125/QĐ-UBND')
    expect(text).toContain('Tiền Phong, ngày 05 tháng 9 năm 2025')
    expect(text).toContain('14 tập thể, 13 cá nhân và 04 hộ gia đình')
    expect(text.indexOf('Tổ dân phố số 1')).toBeLessThan(text.indexOf('Tổ dân phố số 12'))
    expect(text.indexOf('Ông Phạm Văn Đức')).toBeLessThan(text.indexOf('Bà Nguyễn Thị Lan'))
    expect(text).toBe(text.normalize('NFC'))
  })

  it('follows the protocol order the user sets in a draft', async () => {
    const { call, event, decision } = await sample()
    const draft = await call<Decision>('createDecision', {
      eventId: event.id,
      fields: {
        honoreeIds: {
          collective: [],
          individual: [...decision.honoreeIds.individual].reverse(),
          household: []
        }
      }
    })
    const text = (
      await pdfToText(bytes(await call<FileOut>('exportDecisionPdf', { id: draft.id })))
    ).replace(/\s+/g, ' ')
    expect(text).toContain('DỰ THẢO')
    expect(text.indexOf('Ông Phan Văn Hòa')).toBeLessThan(text.indexOf('Ông Phạm Văn Đức'))
  })

  it('computes the bonus table and exports it as XLSX and PDF with the same total', async () => {
    const { call, decision } = await sample()
    const table = await call<BonusTable>('getBonusTable', { id: decision.id })
    expect(table.totals.collective.count).toBe(14)
    expect(table.rows.find((r) => r.kind === 'individual')?.amount).toBe(710_000)
    expect(table.rows.find((r) => r.kind === 'household')?.amount).toBe(1_060_000)
    expect(table.rows[0]?.registerNumber).toBe('1')
    const xlsx = await call<FileOut>('exportBonusTable', { id: decision.id, format: 'xlsx' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes(xlsx) as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('Tiền thưởng')
    const last = sheet?.getRow(sheet.rowCount)
    expect(last?.getCell(2).value).toBe('TỔNG CỘNG')
    expect(last?.getCell(6).value).toBe(table.total)
    const pdf = await call<FileOut>('exportBonusTable', { id: decision.id, format: 'pdf' })
    expect(pdf.fileName).toBe('Tiền thưởng 125-QĐ-UBND.pdf')
    expect((await pdfToText(bytes(pdf))).length).toBeGreaterThan(100)
  })

  it('exports the register as XLSX, searchable by name', async () => {
    const { call, event } = await sample()
    const found = await call<RegisterEntry[]>('listRegister', {
      eventId: event.id,
      query: 'nguyen van cuong'
    })
    expect(found.map((e) => e.nameLine)).toEqual(['Hộ gia đình ông Nguyễn Văn Cường'])
    const file = await call<FileOut>('exportRegister', { eventId: event.id, query: 'to dan pho' })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes(file) as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('Sổ khen thưởng')
    expect(sheet?.rowCount).toBe(1 + 6)
    expect(sheet?.getRow(2).getCell(4).value).toBe('1')
    expect(sheet?.getRow(2).getCell(5).value).toBe('Tổ dân phố số 1')
  })
})
