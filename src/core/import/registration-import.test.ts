import { afterEach, describe, expect, it } from 'vitest'
import type { CommitResult, ImportPreview } from '@shared/import/entities'
import type { Registration, Unit } from '@shared/movement/entities'
import type { AppService } from '../app-service'
import type { ExportTable } from '../io/export-table'
import { freshService, valueOf } from '../testing/fresh-service'
import { commitArgs, xlsxFileIn } from './testing/import-files'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

async function start() {
  const service = await freshService(open)
  for (const name of ['Tổ dân phố số 1', 'Tổ dân phố số 2'])
    valueOf<Unit>(
      await service.dispatch('createUnit', {
        kind: 'residential-group',
        name,
        head: 'Nguyễn Văn An',
        headPosition: 'Tổ trưởng',
        households: 100
      })
    )
  return service
}

const groupList = (rows: (string | number)[][]): ExportTable => ({
  sheetName: 'Đăng ký',
  titleLines: ['TỔ DÂN PHỐ SỐ 1', 'DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2026'],
  columns: [
    { header: 'STT', width: 6 },
    { header: 'Đơn vị', width: 20 },
    { header: 'Họ và tên', width: 24 },
    { header: 'Danh hiệu đăng ký', width: 28 },
    { header: 'Kết quả', width: 12 },
    { header: 'Lý do', width: 24 }
  ],
  rows: rows.map((cells) => ({ cells }))
})

describe('registrations from a group\'s list (kind "registrations", no event)', () => {
  it('reads units, people, titles and results, locates what it cannot match, and adds the rest for the year', async () => {
    const service = await start()
    const file = await xlsxFileIn(
      'dang-ky-tdp1.xlsx',
      groupList([
        [1, 'Tổ dân phố số 1', '', 'Tổ dân phố văn hóa', 'Đạt', ''],
        [2, 'Tổ 1', 'Nguyễn Văn An', 'Lao động tiên tiến', 'Không đạt', 'Nghỉ ốm dài ngày'],
        [3, '1', 'Trần Thị Bình', 'Chiến sĩ thi đua cơ sở', '', ''],
        [4, 'Tổ dân phố số 9', 'Lê Văn Cường', 'Lao động tiên tiến', '', ''],
        [5, 'Tổ dân phố số 2', '', 'Tổ văn hóa kiểu mẫu', 'đạt', ''],
        [6, 'Tổ dân phố số 2', '', 'Chiến sĩ thi đua cơ sở', 'tốt', '']
      ])
    )
    const preview = valueOf<ImportPreview>(
      await service.dispatch('previewImport', { kind: 'registrations', file })
    )
    expect(
      preview.rows.map((r) => [r.values.unit, r.values.personName, r.values.title, r.values.result])
    ).toEqual([
      ['Tổ dân phố số 1', '', 'Tổ dân phố văn hóa', 'achieved'],
      ['Tổ dân phố số 1', 'Nguyễn Văn An', 'Lao động tiên tiến', 'not-achieved'],
      ['Tổ dân phố số 1', 'Trần Thị Bình', 'Chiến sĩ thi đua cơ sở', 'pending'],
      ['Tổ dân phố số 9', 'Lê Văn Cường', 'Lao động tiên tiến', 'pending'],
      ['Tổ dân phố số 2', '', 'Tổ văn hóa kiểu mẫu', 'achieved'],
      ['Tổ dân phố số 2', '', 'Chiến sĩ thi đua cơ sở', 'tốt']
    ])
    const errors = preview.rows.map((r) =>
      r.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.column}`)
    )
    expect(errors).toEqual([
      [],
      [],
      [],
      ['UNKNOWN_UNIT B'],
      ['UNKNOWN_TITLE D'],
      ['MISSING_PERSON C', 'INVALID_RESULT E']
    ])

    // A commit with a bad row is refused whole; without them, it goes in for the year chosen.
    const all = commitArgs(preview, 'dang-ky-tdp1.xlsx')
    const refused = await service.dispatch('commitImport', {
      kind: 'registrations',
      year: 2026,
      ...all
    })
    expect(refused.ok).toBe(false)
    const good = { ...all, rows: all.rows.map((r, i) => ({ ...r, skip: i >= 3 })) }
    const noYear = await service.dispatch('commitImport', { kind: 'registrations', ...good })
    expect(noYear.ok).toBe(false)
    const done = valueOf<CommitResult>(
      await service.dispatch('commitImport', { kind: 'registrations', year: 2026, ...good })
    )
    expect(done).toMatchObject({ added: 3, updated: 0 })
    const regs = valueOf<Registration[]>(
      await service.dispatch('listRegistrations', { year: 2026 })
    )
    expect(regs.map((r) => [r.personName, r.titleId, r.result, r.reason])).toEqual([
      ['', 'title-tdp-van-hoa', 'achieved', ''],
      ['Nguyễn Văn An', 'title-ldtt', 'not-achieved', 'Nghỉ ốm dài ngày'],
      ['Trần Thị Bình', 'title-cstdcs', 'pending', '']
    ])

    // The same list again, results now known: the same registrations are updated, none added.
    const again = valueOf<CommitResult>(
      await service.dispatch('commitImport', {
        kind: 'registrations',
        year: 2026,
        ...good,
        rows: good.rows.map((r) =>
          r.sheetRow === preview.rows[2]?.sheetRow
            ? { ...r, values: { ...r.values, result: 'achieved' } }
            : r
        )
      })
    )
    expect(again).toMatchObject({ added: 0, updated: 3 })
    const after = valueOf<Registration[]>(
      await service.dispatch('listRegistrations', { year: 2026 })
    )
    expect(after.find((r) => r.personName === 'Trần Thị Bình')?.result).toBe('achieved')
  })
})
