import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportKind } from '@shared/import/records'
import { AppError } from '@shared/result'
import { previewSpreadsheet } from './preview'

const corpus = join(__dirname, '../../../test-fixtures/import')
const roster = JSON.parse(readFileSync(join(corpus, 'roster.json'), 'utf8')) as {
  delegates: {
    fullName: string
    gender: string
    birthYear: number
    phone: string
    hidden?: boolean
  }[]
}
const context = { existingNames: [], categories: [] }

const preview = (file: string, kind: ImportKind = 'delegates') =>
  previewSpreadsheet({
    fileName: file,
    bytes: readFileSync(join(corpus, file)),
    kind,
    context
  }).then((r) => r.preview)

/**
 * Golden files, compared exactly (deep equality of the parsed JSON, so Prettier may format them).
 * `UPDATE_GOLDEN=1 npx vitest run src/core/io` rewrites them; review the diff, then run Prettier.
 */
function golden(name: string, value: unknown) {
  const path = join(corpus, 'golden', `${name}.json`)
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
  }
  expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(readFileSync(path, 'utf8')))
}

describe('import corpus made by LibreOffice (golden outputs)', () => {
  it.each([
    ['office-roster.xlsx', 'delegates'],
    ['tcvn3-roster.xlsx', 'delegates'],
    ['vni-roster.xlsx', 'delegates'],
    ['dates-1900.xlsx', 'delegates'],
    ['dates-1904.xlsx', 'delegates'],
    ['honorees.xlsx', 'honorees'],
    ['roster-utf8.csv', 'delegates']
  ] as const)('%s', async (file, kind) => {
    golden(file, await preview(file, kind))
  })

  it('reads the office layout: title rows, merged two-row header, Nam | Nữ, quirks', async () => {
    const p = await preview('office-roster.xlsx')
    expect(p.summary.headerRows).toEqual([7, 8])
    expect(p.mapping.filter((m) => m.field).map((m) => `${m.letter}=${m.field}`)).toEqual([
      'A=rowNumber',
      'B=fullName',
      'C=birthYearMale',
      'D=birthYearFemale',
      'E=ethnicity',
      'F=religion',
      'G=position',
      'H=unit',
      'I=professionalLevel',
      'J=politicalTheoryLevel',
      'K=partyJoinDate',
      'L=phone',
      'M=notes'
    ])
    // Every person, no title, numbering, total or signature rows.
    expect(p.rows.map((r) => r.values.fullName)).toEqual(roster.delegates.map((d) => d.fullName))
    expect(p.rows.map((r) => r.values.gender)).toEqual(roster.delegates.map((d) => d.gender))
    expect(p.rows.map((r) => r.values.birthYear)).toEqual(
      roster.delegates.map((d) => String(d.birthYear))
    )
    // Phones keep their leading zero (one was a number cell: restored with a warning).
    expect(p.rows.map((r) => r.values.phone)).toEqual(roster.delegates.map((d) => d.phone))
    expect(p.rows[2]?.problems.map((q) => `${q.column}${q.row} ${q.code}`)).toEqual([
      'L12 PHONE_LEADING_ZERO_RESTORED'
    ])
    // The formula's cached value, the vertically merged unit spread to both people.
    expect(p.rows[1]?.values.unit).toBe('UBND phường Tiền Phong')
    expect(p.rows[5]?.values.unit).toBe(p.rows[4]?.values.unit)
    // The hidden row is reported and left out unless included.
    const hidden = p.rows.find((r) => r.hidden)
    expect(hidden?.values.fullName).toBe('Bùi Văn Đạt')
    expect(hidden?.skip).toBe(true)
    expect(p.summary.hiddenRows).toEqual([hidden?.sheetRow])
    expect(p.fileProblems.map((q) => q.code)).toContain('HIDDEN_SHEET_IGNORED')
  })

  it('honorees: kinds from the section rows, Ông/Bà prefixes give the gender', async () => {
    const p = await preview('honorees.xlsx', 'honorees')
    const reference = JSON.parse(readFileSync(join(corpus, 'honorees.json'), 'utf8')) as {
      honorees: { kind: string; name: string; gender: string | null; positionLine: string }[]
    }
    expect(
      p.rows.map((r) => [r.values.kind, r.values.name, r.values.gender, r.values.positionLine])
    ).toEqual(reference.honorees.map((h) => [h.kind, h.name, h.gender ?? '', h.positionLine]))
    expect(p.rows.flatMap((r) => r.problems)).toEqual([])
  })
})

describe('problems are located with sheet, row, column and reason', () => {
  it('flags wrong-code-page letters, ambiguous dates, bad years, duplicates, Nam and Nữ both', async () => {
    const csv = [
      'Họ và tên,Năm sinh,,Ngày vào Đảng,Số điện thoại',
      ',Nam,Nữ,,',
      'Ðỗ Văn Ba,1970,,05/09/1995,0912 345 678',
      'Lê Thị Hòa,,19x8,,',
      'Lê Thị Hoà,1981,1981,,12',
      ',1990,,,0912000111'
    ].join('\n')
    const { preview } = await previewSpreadsheet({
      fileName: 'x.csv',
      bytes: Buffer.from(csv),
      kind: 'delegates',
      context
    })
    const found = preview.rows.flatMap((r) =>
      r.problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.severity} ${p.code}`)
    )
    expect(found).toEqual([
      'CSV!D3 warning AMBIGUOUS_DATE',
      'CSV!A3 warning SUSPECT_CHARACTER',
      'CSV!C4 error INVALID_YEAR',
      'CSV!C5 error YEAR_IN_BOTH_GENDER_COLUMNS',
      'CSV!E5 warning PHONE_SUSPECT',
      'CSV!A5 warning DUPLICATE_IN_FILE',
      'CSV!A6 error MISSING_NAME'
    ])
    const printOnly = await previewSpreadsheet({
      fileName: 'x.csv',
      bytes: Buffer.from(csv),
      kind: 'delegates',
      context: { ...context, duplicates: false }
    })
    const codes = printOnly.preview.rows.flatMap((r) => r.problems.map((p) => p.code))
    expect(codes).toEqual(
      found.map((f) => f.split(' ')[2]).filter((c) => c !== 'DUPLICATE_IN_FILE')
    )
  })
})

describe('I2: one roster in every encoding gives the NFC reference names', () => {
  const names = roster.delegates.map((d) => d.fullName.normalize('NFC'))
  it.each([
    ['roster-utf8.csv', 'utf-8'],
    ['roster-utf8-bom.csv', 'utf-8-bom'],
    ['roster-utf16.csv', 'utf-16le'],
    ['roster-utf16be.csv', 'utf-16be'],
    ['roster-windows-1258.csv', 'windows-1258'],
    ['roster-nfd.csv', 'utf-8'],
    ['roster-semicolon.csv', 'utf-8'],
    ['tcvn3-roster.xlsx', null],
    ['vni-roster.xlsx', null],
    ['office-roster.xlsx', null]
  ])('%s', async (file, encoding) => {
    const p = await preview(file)
    expect(p.summary.encoding).toBe(encoding)
    expect(p.rows.map((r) => r.values.fullName)).toEqual(names)
    const other = p.rows.map((r) => r.values.position).join('|')
    expect(other).toBe(other.normalize('NFC'))
    expect(p.rows.filter((r) => r.problems.some((q) => q.severity === 'error'))).toEqual([])
  })

  it('counts the converted legacy cells', async () => {
    expect((await preview('tcvn3-roster.xlsx')).summary.legacyCells.tcvn3).toBeGreaterThan(50)
    expect((await preview('vni-roster.xlsx')).summary.legacyCells.vni).toBeGreaterThan(50)
  })
})

const refused = async (file: string, bytes: Uint8Array) => {
  const started = performance.now()
  const error = await previewSpreadsheet({
    fileName: file,
    bytes,
    kind: 'delegates',
    context
  }).then(
    () => null,
    (e: unknown) => e
  )
  const seconds = (performance.now() - started) / 1000
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe('UNSUPPORTED_FILE')
  expect(seconds).toBeLessThan(10)
  return (error as AppError).details as { reason: string }
}

describe('I4: hostile files are refused with a clear message within seconds', () => {
  it.each([
    ['hostile-random.xlsx', 'NOT_A_SPREADSHEET'],
    ['hostile-random.csv', 'NOT_A_SPREADSHEET'],
    ['hostile-pdf.csv', 'NOT_A_SPREADSHEET'],
    ['hostile-truncated.xlsx', 'CORRUPT'],
    ['hostile-zip-bomb.xlsx', 'ZIP_BOMB'],
    ['hostile-million-rows.xlsx', 'TOO_MANY_ROWS']
  ])('%s', async (file, reason) => {
    expect((await refused(file, readFileSync(join(corpus, file)))).reason).toBe(reason)
  })

  it('a million-row CSV', async () => {
    const bytes = Buffer.from('Họ và tên,Năm sinh\n' + 'Nguyễn Văn An,1970\n'.repeat(1_000_000))
    expect((await refused('big.csv', bytes)).reason).toBe('TOO_MANY_ROWS')
  }, 20_000)

  it('10,000 columns', async () => {
    const line = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')
    expect((await refused('wide.csv', Buffer.from(`${line}\n${line}\n`))).reason).toBe(
      'TOO_MANY_COLUMNS'
    )
  })

  it('an empty file and an old .xls', async () => {
    expect((await refused('x.csv', new Uint8Array(0))).reason).toBe('EMPTY')
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
    expect((await refused('x.xls', ole)).reason).toBe('OLD_XLS')
  })

  it('a password-protected XLSX (an OLE container holding EncryptedPackage) is ENCRYPTED', async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const directory = Buffer.concat(
      ['EncryptionInfo', 'EncryptedPackage'].map((name) => {
        const entry = Buffer.alloc(128)
        entry.write(name, 0, 'utf16le')
        return entry
      })
    )
    const encrypted = Buffer.concat([header, Buffer.alloc(504), directory])
    expect((await refused('danh sach.xlsx', encrypted)).reason).toBe('ENCRYPTED')
  })
})
