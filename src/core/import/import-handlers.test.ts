import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { Event, EventFields } from '@shared/entities'
import type { ImportPreview } from '@shared/import/entities'
import { describeImportProblem } from '@shared/import/records'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { valueOf as value } from '../testing/fresh-service'

const corpus = join(__dirname, '../../../test-fixtures/import')
const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const congress: EventFields = {
  title: 'Đại hội Thi đua yêu nước phường Tiền Phong',
  kind: 'congress',
  periodFrom: 2020,
  periodTo: 2025,
  launchFrom: 2025,
  launchTo: 2030,
  date: '2025-09-12',
  startTime: '07:30',
  venue: 'Hội trường UBND phường',
  organiser: 'UBND phường Tiền Phong'
}

async function start() {
  const ctx = testContext()
  const service = await createAppService(ctx, {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  const event = value<Event>(await service.dispatch('createEvent', congress))
  return { service, event, ctx }
}

const fileIn = (name: string, bytes: Buffer = readFileSync(join(corpus, name))) => ({
  fileName: name,
  contentBase64: bytes.toString('base64')
})

const delegatesOf = async (service: AppService, eventId: string) => {
  const file = value<{ contentBase64: string }>(
    await service.dispatch('exportDelegates', { eventId, format: 'csv' })
  )
  return file
}

describe('previewImport → commitImport', () => {
  it('adds every row in one change after a named backup, numbered, mapping remembered', async () => {
    const { service, event } = await start()
    const preview = value<ImportPreview>(
      await service.dispatch('previewImport', {
        eventId: event.id,
        kind: 'delegates',
        file: fileIn('office-roster.xlsx')
      })
    )
    expect(preview.rows).toHaveLength(9)
    expect(preview.summary.rememberedMapping).toBe(false)
    const result = value<{ added: number; backupName: string }>(
      await service.dispatch('commitImport', {
        eventId: event.id,
        kind: 'delegates',
        fileName: 'office-roster.xlsx',
        signature: preview.signature,
        mapping: preview.mapping,
        rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
      })
    )
    // The hidden row stays out.
    expect(result.added).toBe(8)
    const backups = value<{ name: string }[]>(await service.dispatch('listBackups', {}))
    expect(backups.map((b) => b.name)).toContain('Trước khi nhập office-roster.xlsx')
    const audit = value<{ action: string }[]>(await service.dispatch('listAudit', { limit: 5 }))
    expect(audit[0]?.action).toBe('import')

    // The same layout again: its mapping is remembered; the names now exist in the event.
    const again = value<ImportPreview>(
      await service.dispatch('previewImport', {
        eventId: event.id,
        kind: 'delegates',
        file: fileIn('office-roster.xlsx')
      })
    )
    expect(again.summary.rememberedMapping).toBe(true)
    expect(again.rows[0]?.problems.map((p) => p.code)).toContain('DUPLICATE_IN_EVENT')
    await service.dispatch('commitImport', {
      eventId: event.id,
      kind: 'delegates',
      fileName: 'again.xlsx',
      signature: again.signature,
      mapping: again.mapping,
      rows: again.rows
        .slice(0, 2)
        .map(({ sheetRow, values }) => ({ sheetRow, skip: false, values }))
    })
    const csv = Buffer.from((await delegatesOf(service, event.id)).contentBase64, 'base64')
    const text = csv.toString('utf8')
    // Numbers continue: 8 first, then 9 and 10.
    expect(text).toContain('"10","Trần Thị Thu Hà"')

    // A deleted delegate's number is never handed out again, and imports get the categories.
    const listed = value<{ id: string; number: number; categoryId: string | null }[]>(
      await service.dispatch('listDelegates', { eventId: event.id })
    )
    const last = listed.reduce((a, b) => (a.number > b.number ? a : b))
    expect(last.categoryId).not.toBeNull()
    value(await service.dispatch('deleteDelegates', { ids: [last.id] }))
    value(
      await service.dispatch('commitImport', {
        eventId: event.id,
        kind: 'delegates',
        fileName: 'third.xlsx',
        signature: again.signature,
        mapping: again.mapping,
        rows: again.rows
          .slice(2, 3)
          .map(({ sheetRow, values }) => ({ sheetRow, skip: false, values }))
      })
    )
    const numbers = value<{ number: number }[]>(
      await service.dispatch('listDelegates', { eventId: event.id })
    ).map((d) => d.number)
    expect(numbers).not.toContain(10)
    expect(Math.max(...numbers)).toBe(11)
  })

  it('maps a "Ghế" column to the delegate\'s seat', async () => {
    const { service, event } = await start()
    const csv = Buffer.from(
      'STT,Họ và tên,Giới tính,Ghế\n1,Nguyễn Văn An,Nam,A12\n2,Trần Thị Bình,Nữ,\n'
    )
    const preview = value<ImportPreview>(
      await service.dispatch('previewImport', {
        eventId: event.id,
        kind: 'delegates',
        file: fileIn('ghe.csv', csv)
      })
    )
    expect(preview.mapping.find((m) => m.header === 'Ghế')?.field).toBe('seat')
    value(
      await service.dispatch('commitImport', {
        eventId: event.id,
        kind: 'delegates',
        fileName: 'ghe.csv',
        signature: preview.signature,
        mapping: preview.mapping,
        rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
      })
    )
    const listed = value<{ fullName: string; seat?: string }[]>(
      await service.dispatch('listDelegates', { eventId: event.id })
    )
    expect(listed.map((d) => [d.fullName, d.seat ?? null])).toEqual([
      ['Nguyễn Văn An', 'A12'],
      ['Trần Thị Bình', null]
    ])
  })

  it('a new event checks "Thành phần" against the categories the import will create, and names them', async () => {
    const { service, event } = await start()
    const csv = Buffer.from(
      'STT,Họ và tên,Giới tính,Thành phần\n' +
        '1,Nguyễn Văn An,Nam,Đại biểu chính thức\n' +
        '2,Trần Thị Bình,Nữ,đại biểu khách mời\n' +
        '3,Lê Văn Cường,Nam,Khách mời\n'
    )
    const preview = value<ImportPreview>(
      await service.dispatch('previewImport', {
        eventId: event.id,
        kind: 'delegates',
        file: fileIn('thanh-phan.csv', csv)
      })
    )
    const unknown = preview.rows.map((r) =>
      r.problems.filter((p) => p.code === 'UNKNOWN_CATEGORY').map((p) => p.params)
    )
    expect(unknown).toEqual([
      [],
      [],
      [{ value: 'Khách mời', known: 'Đại biểu chính thức, Đại biểu khách mời' }]
    ])
    value(
      await service.dispatch('commitImport', {
        eventId: event.id,
        kind: 'delegates',
        fileName: 'thanh-phan.csv',
        signature: preview.signature,
        mapping: preview.mapping,
        rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
      })
    )
    const categories = value<{ id: string; name: string }[]>(
      await service.dispatch('listDelegateCategories', { eventId: event.id })
    )
    const nameOf = new Map(categories.map((c) => [c.id, c.name]))
    const listed = value<{ fullName: string; categoryId: string | null }[]>(
      await service.dispatch('listDelegates', { eventId: event.id })
    )
    expect(listed.map((d) => [d.fullName, d.categoryId ? nameOf.get(d.categoryId) : null])).toEqual(
      [
        ['Nguyễn Văn An', 'Đại biểu chính thức'],
        ['Trần Thị Bình', 'Đại biểu khách mời'],
        ['Lê Văn Cường', null]
      ]
    )
  })

  it('flags a delegate born after today (a typo like 2052) in the preview, and refuses it on commit', async () => {
    const { service, event } = await start()
    const csv = Buffer.from(
      'STT,Họ và tên,Năm sinh,Ngày sinh,Ngày vào Đảng\n' +
        '1,Nguyễn Văn An,2052,,\n' +
        '2,Trần Thị Bình,,24/12/2025,\n' +
        '3,Lê Văn Cường,1952,,\n' +
        '4,Phạm Thị Dung,1960,,05/10/2025\n'
    )
    const preview = value<ImportPreview>(
      await service.dispatch('previewImport', {
        eventId: event.id,
        kind: 'delegates',
        file: fileIn('sinh.csv', csv)
      })
    )
    const codes = preview.rows.map((r) =>
      r.problems
        .filter((p) => p.severity === 'error')
        .map((p) => [p.field, p.code, describeImportProblem(p, 'vi')])
    )
    expect(codes).toEqual([
      [['birthYear', 'BORN_AFTER_TODAY', 'Năm/ngày sinh sau hôm nay (01/09/2025): "2052"']],
      [['birthDate', 'BORN_AFTER_TODAY', 'Năm/ngày sinh sau hôm nay (01/09/2025): "24/12/2025"']],
      [],
      [
        [
          'partyJoinDate',
          'JOINED_AFTER_TODAY',
          'Ngày vào Đảng sau hôm nay (01/09/2025): "05/10/2025"'
        ]
      ]
    ])
    const result = await service.dispatch('commitImport', {
      eventId: event.id,
      kind: 'delegates',
      fileName: 'sinh.csv',
      signature: preview.signature,
      mapping: preview.mapping,
      rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.details).toMatchObject({
      problems: [
        { row: 2, column: 'C', code: 'BORN_AFTER_TODAY' },
        { row: 3, column: 'D', code: 'BORN_AFTER_TODAY' },
        { row: 5, column: 'E', code: 'JOINED_AFTER_TODAY' }
      ]
    })
  })

  it('I5: one invalid row in 2,000 refuses the whole commit, located', async () => {
    const { service, event } = await start()
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      sheetRow: i + 2,
      skip: false,
      values: { fullName: `Nguyễn Văn ${i}`, birthYear: i === 1234 ? '19x5' : '1980' }
    }))
    const result = await service.dispatch('commitImport', {
      eventId: event.id,
      kind: 'delegates',
      fileName: 'big.csv',
      signature: '',
      mapping: [{ column: 1, letter: 'B', header: 'Năm sinh', field: 'birthYear' }],
      rows
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_ARGUMENT')
    const problems = (
      result.error.details as { problems: { row: number; column: string; code: string }[] }
    ).problems
    expect(problems).toEqual([
      expect.objectContaining({ row: 1236, column: 'B', code: 'INVALID_YEAR' })
    ])
    const backups = value<{ name: string }[]>(await service.dispatch('listBackups', {}))
    expect(backups.map((b) => b.name)).not.toContain('Trước khi nhập big.csv')
    const csv = Buffer.from((await delegatesOf(service, event.id)).contentBase64, 'base64')
    expect(csv.toString('utf8')).not.toContain('Nguyễn Văn')
  })
})

const tricky = [
  '=HYPERLINK("http://evil","bấm")',
  '+cmd|calc',
  '-2+3',
  '@SUM(A1)',
  'Nguyễn "Ba" Lê, Hà',
  'dòng; có dấu chấm phẩy',
  "'đã có nháy",
  '<img src=x onerror=alert(1)>'
]

async function roundTrip(format: 'xlsx' | 'csv', kind: 'delegates' | 'honorees') {
  const { service, event } = await start()
  const rows =
    kind === 'delegates'
      ? tricky.map((t, i) => ({
          sheetRow: i + 2,
          skip: false,
          values: {
            fullName: i === 0 ? 'Đỗ Thị Ỷ Lan' : `Nguyễn Văn ${String.fromCharCode(65 + i)}`,
            familyAndMiddle: i === 1 ? 'Tôn Nữ' : '',
            givenName: i === 1 ? 'Thị Hà' : '',
            gender: ['male', 'female', ''][i % 3] ?? '',
            birthYear: i === 2 ? '' : String(1960 + i),
            birthDate: i === 3 ? '1963-02-28' : '',
            ethnicity: 'Kinh',
            religion: 'Không',
            position: t,
            unit: `Tổ dân phố số ${i}`,
            professionalLevel: 'Cử nhân',
            politicalTheoryLevel: 'Trung cấp',
            partyMember: i % 2 === 0 ? 'true' : 'false',
            partyJoinDate: i === 4 ? '1999-12-31' : '',
            memberships: 'Hội Cựu chiến binh',
            category: i % 2 ? 'Đại biểu khách mời' : 'Đại biểu chính thức',
            seat: i === 2 ? '' : `A${i + 1}`,
            phone: ['0912345678', '+84 912 345 678', '024.3826.1111'][i % 3] ?? '',
            notes: t
          }
        }))
      : tricky.map((t, i) => ({
          sheetRow: i + 2,
          skip: false,
          values: {
            kind: (['collective', 'individual', 'household'] as const)[i % 3] ?? 'individual',
            name: i % 3 === 0 ? `Tổ dân phố số ${i}` : `Lê Thị ${String.fromCharCode(65 + i)}`,
            gender: i % 3 === 0 ? '' : i % 2 ? 'female' : 'male',
            posthumous: i === 4 ? 'true' : 'false',
            positionLine: t,
            achievement: i === 1 ? '' : `Thành tích ${t}`,
            notes: t
          }
        }))
  value(
    await service.dispatch('commitImport', {
      eventId: event.id,
      kind,
      fileName: 'source',
      signature: '',
      mapping: [],
      rows
    })
  )
  const method = kind === 'delegates' ? 'exportDelegates' : 'exportHonorees'
  const file = value<{ fileName: string; contentBase64: string }>(
    await service.dispatch(method, { eventId: event.id, format })
  )
  const back = value<ImportPreview>(
    await service.dispatch('previewImport', {
      eventId: event.id,
      kind,
      file: { fileName: file.fileName, contentBase64: file.contentBase64 }
    })
  )
  return { file, back, sent: rows }
}

describe('export → import round trip (I1)', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    for (const kind of ['delegates', 'honorees'] as const) {
      it(`${kind} as ${format}: exact, formula triggers neutralised`, async () => {
        const { file, back, sent } = await roundTrip(format, kind)
        // Honorees come back grouped by kind (I. TẬP THỂ, II. CÁ NHÂN, III. HỘ GIA ĐÌNH).
        const kindOrder = ['collective', 'individual', 'household']
        const expected = sent
          .map((r) => r.values as Record<string, string>)
          .sort((a, b) => kindOrder.indexOf(a.kind ?? '') - kindOrder.indexOf(b.kind ?? ''))
        expect(back.rows.map((r) => r.values)).toEqual(expected)
        expect(back.rows.flatMap((r) => r.problems).filter((p) => p.severity === 'error')).toEqual(
          []
        )
        const bytes = Buffer.from(file.contentBase64, 'base64')
        if (format === 'csv') {
          expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
          const text = bytes.toString('utf8')
          expect(text).toContain(`"'=HYPERLINK(""http://evil"",""bấm"")"`)
          expect(text).toContain(`"'+cmd|calc"`)
          expect(text).toContain(`"'@SUM(A1)"`)
          if (kind === 'delegates') expect(text).toContain('"+84 912 345 678"')
        } else {
          const workbook = new ExcelJS.Workbook()
          await workbook.xlsx.load(bytes as never)
          let formulas = 0
          const texts: string[] = []
          workbook.eachSheet((sheet) =>
            sheet.eachRow((row) =>
              row.eachCell((cell) => {
                if (cell.type === ExcelJS.ValueType.Formula) formulas++
                if (typeof cell.value === 'string') texts.push(cell.value)
              })
            )
          )
          expect(formulas).toBe(0)
          expect(texts.filter((t) => /^[=+\-@]/.test(t) && !/^\+84/.test(t))).toEqual([])
          expect(texts).toContain('\'=HYPERLINK("http://evil","bấm")')
        }
      })
    }
  }

  it('honorees keep their groups in the export', async () => {
    const { file } = await roundTrip('csv', 'honorees')
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8')
    expect(text.indexOf('I. TẬP THỂ (03)')).toBeLessThan(text.indexOf('II. CÁ NHÂN (03)'))
    expect(text).toContain('III. HỘ GIA ĐÌNH (02)')
  })

  it('imports honorees from the corpus and keeps them in the honours part', async () => {
    const { service, event } = await start()
    const preview = value<ImportPreview>(
      await service.dispatch('previewImport', {
        eventId: event.id,
        kind: 'honorees',
        file: fileIn('honorees.xlsx')
      })
    )
    value(
      await service.dispatch('commitImport', {
        eventId: event.id,
        kind: 'honorees',
        fileName: 'honorees.xlsx',
        signature: preview.signature,
        mapping: preview.mapping,
        rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
      })
    )
    const exported = value<{ contentBase64: string }>(
      await service.dispatch('exportHonorees', { eventId: event.id, format: 'csv' })
    )
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8')
    expect(text).toContain('"Hộ gia đình","Phạm Thị Hoa","Nữ"')
  })
})
