import { afterEach, describe, expect, it } from 'vitest'
import type { CommitResult, ImportPreview } from '@shared/import/entities'
import type { HouseholdTally, Unit } from '@shared/movement/entities'
import type { AppService } from '../app-service'
import type { ExportTable } from '../io/export-table'
import { freshService, valueOf } from '../testing/fresh-service'
import { commitArgs, csvFileIn, xlsxFileIn } from './testing/import-files'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

async function start() {
  const service = await freshService(open)
  return service
}

const unitsTable: ExportTable = {
  sheetName: 'Đơn vị',
  titleLines: ['ỦY BAN NHÂN DÂN PHƯỜNG TIỀN PHONG', 'DANH SÁCH ĐƠN VỊ, TỔ DÂN PHỐ'],
  columns: [
    { header: 'STT', width: 6 },
    { header: 'Tên đơn vị', width: 30 },
    { header: 'Loại', width: 14 },
    { header: 'Người đứng đầu', width: 24 },
    { header: 'Chức vụ', width: 16 },
    { header: 'Số hộ', width: 8 },
    { header: 'Ghi chú', width: 12 }
  ],
  rows: [
    { cells: [1, 'Tổ dân phố số 1', '', 'Nguyễn Văn An', 'Tổ trưởng', 212, ''] },
    { cells: [2, 'Tổ dân phố số 2', 'Tổ dân phố', 'Trần Thị Bình', 'Tổ trưởng', '1.040', ''] },
    { cells: [3, 'Trường Tiểu học Tiền Phong', '', 'Lê Văn Cường', 'Hiệu trưởng', null, ''] },
    { cells: [4, 'Hội Cựu chiến binh phường', '', 'Phạm Văn Dũng', 'Chủ tịch', 'nhiều', ''] }
  ]
}

describe('units of the ward through the import engine (kind "units", no event)', () => {
  it('reads the office list under its title rows, infers kinds, locates a bad count, then adds every unit at once', async () => {
    const service = await start()
    const preview = valueOf<ImportPreview>(
      await service.dispatch('previewImport', {
        kind: 'units',
        file: await xlsxFileIn('don-vi.xlsx', unitsTable)
      })
    )
    expect(
      preview.rows.map((r) => [r.values.name, r.values.unitKind, r.values.households])
    ).toEqual([
      ['Tổ dân phố số 1', 'residential-group', '212'],
      ['Tổ dân phố số 2', 'residential-group', '1040'],
      ['Trường Tiểu học Tiền Phong', 'school', ''],
      ['Hội Cựu chiến binh phường', 'association', 'nhiều']
    ])
    const bad = preview.rows[3]?.problems.find((p) => p.severity === 'error')
    expect(bad).toMatchObject({ code: 'INVALID_NUMBER', column: 'F', row: 8, field: 'households' })

    const refused = await service.dispatch('commitImport', {
      kind: 'units',
      ...commitArgs(preview, 'don-vi.xlsx')
    })
    expect(refused.ok).toBe(false)
    expect(valueOf<Unit[]>(await service.dispatch('listUnits', undefined))).toEqual([])

    const fixed = commitArgs(preview, 'don-vi.xlsx')
    ;(fixed.rows[3] as { values: Record<string, string> }).values.households = ''
    const done = valueOf<CommitResult>(
      await service.dispatch('commitImport', { kind: 'units', ...fixed })
    )
    expect(done).toMatchObject({ added: 4, updated: 0 })
    const units = valueOf<Unit[]>(await service.dispatch('listUnits', undefined))
    expect(units.map((u) => [u.name, u.kind, u.head, u.households, u.order])).toEqual([
      ['Tổ dân phố số 1', 'residential-group', 'Nguyễn Văn An', 212, 0],
      ['Tổ dân phố số 2', 'residential-group', 'Trần Thị Bình', 1040, 1],
      ['Trường Tiểu học Tiền Phong', 'school', 'Lê Văn Cường', null, 2],
      ['Hội Cựu chiến binh phường', 'association', 'Phạm Văn Dũng', null, 3]
    ])
  })

  it('a second list updates the units it names instead of adding them twice', async () => {
    const service = await start()
    const first = csvFileIn(
      'a.csv',
      'Tên đơn vị,Tổ trưởng,Số hộ\nTổ dân phố số 5,Hoàng Văn Em,180\n'
    )
    const p1 = valueOf<ImportPreview>(
      await service.dispatch('previewImport', { kind: 'units', file: first })
    )
    valueOf(await service.dispatch('commitImport', { kind: 'units', ...commitArgs(p1, 'a.csv') }))
    const second = csvFileIn(
      'b.csv',
      'Tên đơn vị,Tổ trưởng,Số hộ\nTDP số 5,Vũ Thị Hoa,184\nTổ 6,Đỗ Văn Giang,90\n'
    )
    const p2 = valueOf<ImportPreview>(
      await service.dispatch('previewImport', { kind: 'units', file: second })
    )
    expect(p2.rows[0]?.problems.map((p) => p.code)).toEqual(['UNIT_UPDATED'])
    const done = valueOf<CommitResult>(
      await service.dispatch('commitImport', { kind: 'units', ...commitArgs(p2, 'b.csv') })
    )
    expect(done).toMatchObject({ added: 1, updated: 1 })
    const units = valueOf<Unit[]>(await service.dispatch('listUnits', undefined))
    expect(units.map((u) => [u.name, u.head, u.households])).toEqual([
      ['Tổ dân phố số 5', 'Vũ Thị Hoa', 184],
      ['Tổ 6', 'Đỗ Văn Giang', 90]
    ])
  })

  it('delegates still need their event', async () => {
    const service = await start()
    const result = await service.dispatch('previewImport', {
      kind: 'delegates',
      file: csvFileIn('d.csv', 'Họ và tên\nNguyễn Văn An\n')
    })
    expect(result.ok).toBe(false)
  })
})

describe('a households list (kind "households") gives each group its tally for a year', () => {
  async function withGroups() {
    const service = await start()
    for (const n of [1, 2])
      valueOf(
        await service.dispatch('createUnit', {
          kind: 'residential-group',
          name: `Tổ dân phố số ${n}`,
          head: '',
          headPosition: 'Tổ trưởng',
          households: 3
        })
      )
    return service
  }

  const list = [
    'STT,Họ tên chủ hộ,Tổ dân phố,Gia đình văn hóa',
    '1,Nguyễn Văn An,1,x',
    '2,Trần Thị Bình,Tổ 1,',
    '3,Lê Văn Cường,Tổ dân phố số 1,Đạt',
    '4,Phạm Thị Dung,2,x',
    '5,Hoàng Văn Em,Tổ 99,x'
  ].join('\n')

  it('flags a group the ward does not have; nothing is written until it is fixed or left out', async () => {
    const service = await withGroups()
    const preview = valueOf<ImportPreview>(
      await service.dispatch('previewImport', {
        kind: 'households',
        file: csvFileIn('ho.csv', list)
      })
    )
    expect(preview.rows.map((r) => [r.values.residentialGroup, r.values.titled])).toEqual([
      ['Tổ dân phố số 1', 'true'],
      ['Tổ dân phố số 1', 'false'],
      ['Tổ dân phố số 1', 'true'],
      ['Tổ dân phố số 2', 'true'],
      ['Tổ dân phố số 99', 'true']
    ])
    expect(preview.rows[4]?.problems).toMatchObject([
      { code: 'UNKNOWN_UNIT', column: 'C', row: 6, severity: 'error' }
    ])
    const args = { kind: 'households' as const, year: 2026, ...commitArgs(preview, 'ho.csv') }
    expect((await service.dispatch('commitImport', args)).ok).toBe(false)
    ;(args.rows[4] as { skip: boolean }).skip = true
    const noYear = await service.dispatch('commitImport', { ...args, year: undefined })
    expect(noYear.ok).toBe(false)
    expect(
      valueOf<HouseholdTally[]>(await service.dispatch('listHouseholdTallies', { year: 2026 }))
    ).toEqual([])

    expect(valueOf<CommitResult>(await service.dispatch('commitImport', args))).toMatchObject({
      added: 4,
      updated: 2
    })
    const tallies = valueOf<HouseholdTally[]>(
      await service.dispatch('listHouseholdTallies', { year: 2026 })
    )
    expect(tallies.map((t) => [t.households, t.titled, t.names])).toEqual([
      [3, 2, ['Nguyễn Văn An', 'Lê Văn Cường']],
      [1, 1, ['Phạm Thị Dung']]
    ])
  })
})
