import type { ColumnMapping } from '@shared/import/entities'
import type { ImportProblemCode } from '@shared/import/records'
import { splitVietnameseName } from '@shared/text'
import type { GridCell } from './grid'
import { restoreTcvn3NameCapitals } from './legacy-encodings'
import { cellAt, type TableRow } from './sheet-table'
import { parseBoolean, parseGender, parseKind, parseTextDate, parseYear } from './values'

export type Values = Record<string, string>
export type FieldProblem = {
  field: string | null
  code: ImportProblemCode
  severity: 'error' | 'warning'
  params?: Record<string, string>
}
export type DateOrder = { dayFirst: boolean; monthFirst: boolean }

interface DateReading {
  iso?: string
  year?: number
  raw: string
  ambiguous?: boolean
}

function readDateCell(cell: GridCell, order: DateOrder): DateReading {
  if (cell.type === 'date' && cell.date)
    return { iso: cell.date, year: Number(cell.date.slice(0, 4)), raw: cell.text }
  const year = parseYear(cell.text)
  if (year !== null) return { year, raw: cell.text }
  const parsed = parseTextDate(cell.text, order.monthFirst, order.dayFirst)
  if (parsed)
    return {
      iso: parsed.iso,
      year: Number(parsed.iso.slice(0, 4)),
      raw: cell.text,
      ambiguous: parsed.ambiguous
    }
  return { raw: cell.text }
}

const dmy = (iso: string) => iso.split('-').reverse().join('/')

const honorificPattern = /^(hộ gia đình|hộ)\s+(ông|bà)\s+|^(ông|bà)\s+/iu
const posthumousPattern = /^\(?truy tặng\)?[:\s]+|\s*\(truy tặng\)$/iu

/**
 * One row's cells read by target: error and formula cells are reported through `add` and read
 * as empty; `readFrom` records the column a birth year or gender was actually read from.
 */
export function rowReader(
  row: TableRow,
  byTarget: Map<string, ColumnMapping>,
  dateOrders: Map<number, DateOrder>,
  add: (p: FieldProblem, column?: string) => void,
  readFrom: Record<string, string>
) {
  const cellOf = (target: string): { cell: GridCell; letter: string } | null => {
    const m = byTarget.get(target)
    if (!m) return null
    const cell = cellAt(row, m.column)
    if (cell.type === 'error') {
      add(
        { field: target, code: 'CELL_ERROR', severity: 'warning', params: { value: cell.text } },
        m.letter
      )
      return null
    }
    if (cell.type === 'formula-without-value') {
      add({ field: target, code: 'FORMULA_WITHOUT_VALUE', severity: 'error' }, m.letter)
      return null
    }
    return cell.type === 'empty' ? null : { cell, letter: m.letter }
  }
  const text = (target: string) => cellOf(target)?.cell.text ?? ''
  const nameText = (target: string) => {
    const found = cellOf(target)
    if (!found) return ''
    return found.cell.legacy === 'tcvn3'
      ? restoreTcvn3NameCapitals(found.cell.text)
      : found.cell.text
  }
  const readDate = (target: string) => {
    const found = cellOf(target)
    if (!found) return null
    const order = dateOrders.get(byTarget.get(target)?.column ?? -1) ?? {
      dayFirst: false,
      monthFirst: false
    }
    const reading = readDateCell(found.cell, order)
    if (target.startsWith('birthYear')) {
      readFrom.birthYear = found.letter
      if (target !== 'birthYear') readFrom.gender = found.letter
    }
    if (reading.ambiguous && reading.iso) {
      add(
        {
          field: target,
          code: 'AMBIGUOUS_DATE',
          severity: 'warning',
          params: { value: reading.raw, date: dmy(reading.iso) }
        },
        found.letter
      )
    }
    return reading
  }
  return { row, byTarget, add, cellOf, text, nameText, readDate }
}

export type RowReader = ReturnType<typeof rowReader>

/** Gender and birth year from the Nam | Nữ columns, the gender column and the year/date columns. */
export function readGenderAndBirth(r: RowReader) {
  const male = r.readDate('birthYearMale')
  const female = r.readDate('birthYearFemale')
  const genderText = r.text('gender')
  let gender: string = genderText === '' ? '' : (parseGender(genderText) ?? genderText)
  let birth: DateReading | null = r.readDate('birthYear')
  if (male && female) {
    r.add(
      { field: 'birthYear', code: 'YEAR_IN_BOTH_GENDER_COLUMNS', severity: 'error' },
      r.byTarget.get('birthYearFemale')?.letter
    )
  } else if (male || female) {
    const fromColumns = male ? 'male' : 'female'
    if (gender !== '' && gender !== fromColumns) {
      r.add({
        field: 'gender',
        code: 'GENDER_CONFLICT',
        severity: 'warning',
        params: { value: genderText }
      })
    }
    gender = fromColumns
    birth = birth ?? male ?? female
  }
  const birthDate = r.readDate('birthDate')
  return { gender, birth, birthDate }
}

export type PersonReading = ReturnType<typeof readGenderAndBirth>

/** A delegate's name, gender, birth and plain text fields. */
export function readDelegatePerson(r: RowReader, person: PersonReading): Values {
  const { gender, birth, birthDate } = person
  const values: Values = {}
  let fullName = r.nameText('fullName')
  const family = r.nameText('familyAndMiddle')
  const given = r.nameText('givenName')
  if (fullName === '' && (family !== '' || given !== ''))
    fullName = [family, given].filter(Boolean).join(' ')
  const split = splitVietnameseName(fullName)
  values.fullName = fullName
  values.familyAndMiddle = family !== '' && family !== split.familyAndMiddle ? family : ''
  values.givenName = given !== '' && given !== split.given ? given : ''
  values.gender = gender
  const year = birth?.year ?? birthDate?.year
  values.birthYear = year !== undefined ? String(year) : (birth?.raw ?? '')
  values.birthDate = birthDate ? (birthDate.iso ?? birthDate.raw) : (birth?.iso ?? '')
  if (birthDate && !birthDate.iso && birthDate.year !== undefined) {
    values.birthDate = ''
    values.birthYear = values.birthYear || String(birthDate.year)
  }
  for (const f of [
    'ethnicity',
    'religion',
    'position',
    'unit',
    'professionalLevel',
    'politicalTheoryLevel',
    'memberships',
    'seat',
    'notes'
  ] as const) {
    values[f] = r.text(f)
  }
  return values
}

/** Party membership from its own column (yes/no or a date) or from a join date. */
export function readPartyMembership(r: RowReader, values: Values): void {
  const party = r.cellOf('partyMember')
  const join = r.readDate('partyJoinDate')
  values.partyJoinDate = join ? (join.iso ?? join.raw) : ''
  if (!party) values.partyMember = values.partyJoinDate !== '' ? 'true' : 'false'
  else {
    const yes = parseBoolean(party.cell.text)
    if (yes !== undefined) values.partyMember = String(yes)
    else {
      const asDate = readDateCell(party.cell, { dayFirst: false, monthFirst: false })
      if (asDate.year !== undefined) {
        values.partyMember = 'true'
        if (values.partyJoinDate === '' && asDate.iso) values.partyJoinDate = asDate.iso
      } else values.partyMember = party.cell.text
    }
  }
}

/** A phone number, with the leading zero a number cell lost put back. */
export function readPhone(r: RowReader, values: Values): void {
  const phone = r.cellOf('phone')
  values.phone = phone?.cell.text ?? ''
  if (
    phone &&
    phone.cell.type === 'number' &&
    phone.cell.paddedFrom === undefined &&
    /^[1-9]\d{8}$/.test(phone.cell.text)
  ) {
    values.phone = `0${phone.cell.text}`
    r.add(
      {
        field: 'phone',
        code: 'PHONE_LEADING_ZERO_RESTORED',
        severity: 'warning',
        params: { value: values.phone }
      },
      phone.letter
    )
  } else if (values.phone !== '' && !/^\+?\d{8,12}$/.test(values.phone.replace(/[\s.()-]/g, ''))) {
    r.add(
      {
        field: 'phone',
        code: 'PHONE_SUSPECT',
        severity: 'warning',
        params: { value: values.phone }
      },
      phone?.letter
    )
  }
}

/** An honoree: kind, name without "Ông"/"Bà"/"Hộ" or "(truy tặng)", gender, posthumous, texts. */
export function readHonoreeRow(r: RowReader, genderRead: string): Values {
  let gender = genderRead
  let name = r.nameText('name')
  let honoreeKind = r.text('kind')
  if (honoreeKind !== '') honoreeKind = parseKind(honoreeKind) ?? honoreeKind
  else if (r.row.section) honoreeKind = parseKind(r.row.section) ?? ''
  const posthumousText = r.text('posthumous')
  let posthumous =
    posthumousText === '' ? 'false' : String(parseBoolean(posthumousText) ?? posthumousText)
  if (posthumousPattern.test(name)) {
    name = name.replace(posthumousPattern, '').trim()
    posthumous = 'true'
  }
  const honorific = honorificPattern.exec(name)
  if (honorific && honoreeKind !== 'collective') {
    const household = honorific[1] !== undefined
    const word = (honorific[2] ?? honorific[3] ?? '').toLocaleLowerCase('vi')
    const fromPrefix = word === 'ông' ? 'male' : 'female'
    if (gender === '') gender = fromPrefix
    if (household && honoreeKind === '') honoreeKind = 'household'
    name = name.slice(honorific[0].length).trim()
  }
  return {
    kind: honoreeKind,
    name,
    gender: honoreeKind === 'collective' ? '' : gender,
    posthumous,
    positionLine: r.text('positionLine'),
    achievement: r.text('achievement'),
    notes: r.text('notes')
  }
}
