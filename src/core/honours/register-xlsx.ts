import { goodPrints } from '@shared/honours/entities'
import type { FileOut } from '@shared/contract-part'
import type { RegisterEntry } from '@shared/honours/entities'
import type { DatabaseData } from '../schema/database-schema'
import { newWorkbook, shortDate, styleHeader, workbookFile } from './xlsx-file'

const printKind = { print: 'In', reprint: 'In lại', spoiled: 'Hỏng' } as const

/** The register as XLSX: one sheet of numbers, one of every print, reprint and void. */
export async function registerXlsx(
  data: DatabaseData,
  entries: readonly RegisterEntry[],
  at: Date
): Promise<FileOut> {
  const forms = new Map(data.honours.awardForms.map((f) => [f.id, f]))
  const decisions = new Map(data.honours.decisions.map((d) => [d.id, d]))
  const wb = await newWorkbook(at)

  const sheet = wb.addWorksheet('Sổ khen thưởng')
  sheet.columns = [
    { header: 'STT', key: 'stt', width: 6 },
    { header: 'Năm', key: 'year', width: 8 },
    { header: 'Hình thức khen', key: 'form', width: 30 },
    { header: 'Số sổ', key: 'number', width: 14 },
    { header: 'Tên tập thể / Họ và tên', key: 'name', width: 40 },
    { header: 'Quyết định', key: 'decision', width: 28 },
    { header: 'Trạng thái', key: 'status', width: 12 },
    { header: 'Số lần in', key: 'prints', width: 10 },
    { header: 'Ghi chú', key: 'notes', width: 40 }
  ]
  entries.forEach((e, i) => {
    const d = decisions.get(e.decisionId)
    sheet.addRow({
      stt: i + 1,
      year: e.year,
      form: forms.get(e.awardFormId)?.name ?? e.awardFormId,
      number: e.registerNumber,
      name: e.nameLine,
      decision: d ? `${d.number}/${d.symbol} ngày ${shortDate(d.date)}` : '',
      status: e.status === 'void' ? 'Đã hủy' : 'Hiệu lực',
      prints: goodPrints(e),
      notes: e.status === 'void' ? `Hủy: ${e.voidReason ?? ''}` : ''
    })
  })
  styleHeader(sheet, 1)

  const history = wb.addWorksheet('Lịch sử in')
  history.columns = [
    { header: 'Số sổ', key: 'number', width: 14 },
    { header: 'Tên tập thể / Họ và tên', key: 'name', width: 40 },
    { header: 'Việc', key: 'kind', width: 10 },
    { header: 'Thời điểm', key: 'at', width: 22 },
    { header: 'Người thực hiện', key: 'operator', width: 22 },
    { header: 'Lý do', key: 'reason', width: 40 }
  ]
  for (const e of entries)
    for (const p of e.prints)
      history.addRow({
        number: e.registerNumber,
        name: e.nameLine,
        kind: printKind[p.kind],
        at: p.at,
        operator: p.operator,
        reason: p.reason
      })
  styleHeader(history, 1)

  return workbookFile(wb, `So khen thuong ${at.toISOString().slice(0, 10)}.xlsx`)
}
