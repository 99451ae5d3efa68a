import type { ColumnMapping, ImportProblem, ImportRow } from '@shared/import/entities'
import {
  importFieldsByKind,
  nameFieldOf,
  type ColumnTarget,
  type ImportKind
} from '@shared/import/records'
import type { EmulationTitle } from '@shared/movement/entities'
import { formatDayMonthYear } from '@shared/dates/calendar-date'
import { futurePersonDate } from '@shared/delegates/records'
import { duplicateKey, findSuspectCharacters } from '@shared/text'
import { headerKey, matchHeader } from './field-tables'
import {
  readHouseholdRow,
  readRegistrationRow,
  readUnitRow,
  unitKey,
  validateOrganisationValues,
  type OrganisationLookup
} from './interpret-units'
import {
  readDelegatePerson,
  readGenderAndBirth,
  readHonoreeRow,
  readPartyMembership,
  readPhone,
  rowReader,
  type DateOrder,
  type FieldProblem,
  type Values
} from './interpret-row'
import { columnLetter } from './grid'
import { cellAt, type SheetTable, type TableRow } from './sheet-table'
import { dateParts, parseTextDate, parseYear } from './values'

export interface InterpretContext {
  /** Names already in the event (duplicate warnings). */
  existingNames: string[]
  /** The event's delegate category names. */
  categories: string[]
  /** Households and registrations lists: the ward's units, which a row's group must name. */
  unitNames?: string[]
  /** Registrations lists: the user's titles, which a row must name. */
  titles?: Pick<EmulationTitle, 'name' | 'subject'>[]
  /**
   * False where nothing is imported and no warning is shown (certificates printed straight from
   * a list): namesakes are not looked for.
   */
  duplicates?: boolean
  /** Today (ISO date, from the context's clock): a delegate born after it is refused. */
  today?: string
}

/** The lookup the organisation's kinds are checked against, from the interpret context. */
export const organisationLookup = (ctx: Partial<InterpretContext>): OrganisationLookup => ({
  ...(ctx.unitNames ? { unitKeys: new Set(ctx.unitNames.map(unitKey)) } : {}),
  ...(ctx.titles
    ? { titles: new Map(ctx.titles.map((x) => [duplicateKey(x.name), x.subject])) }
    : {})
})

/** Column → target, from the headers; each target taken once, by the best-scoring column. */
export function detectMapping(kind: ImportKind, table: SheetTable): ColumnMapping[] {
  const keys = new Set(table.columns.map((c) => c.key))
  const flatGenderYears = keys.has('nam') && keys.has('nu')
  const candidates = table.columns.map((col) => {
    if (flatGenderYears && col.key === 'nam')
      return { col, target: 'birthYearMale' as ColumnTarget, score: 3 }
    if (flatGenderYears && col.key === 'nu')
      return { col, target: 'birthYearFemale' as ColumnTarget, score: 3 }
    const match = matchHeader(kind, col.key)
    return { col, target: match?.target ?? null, score: match?.score ?? 0 }
  })
  // "Họ và tên" merged over two columns: the family names, then the given name.
  const nameTarget: ColumnTarget = kind === 'delegates' ? 'fullName' : 'name'
  const nameColumns = candidates.filter((c) => c.target === nameTarget)
  if (
    kind === 'delegates' &&
    nameColumns.length === 2 &&
    nameColumns[0]?.col.header === nameColumns[1]?.col.header &&
    (nameColumns[1]?.col.column ?? 0) === (nameColumns[0]?.col.column ?? 0) + 1
  ) {
    ;(nameColumns[0] as { target: ColumnTarget | null }).target = 'familyAndMiddle'
    ;(nameColumns[1] as { target: ColumnTarget | null }).target = 'givenName'
  }
  const taken = new Map<string, number>()
  const ordered = [...candidates].sort((a, b) => b.score - a.score || a.col.column - b.col.column)
  for (const c of ordered) {
    if (c.target && !taken.has(c.target)) taken.set(c.target, c.col.column)
  }
  return candidates.map(({ col, target }) => ({
    column: col.column,
    letter: columnLetter(col.column),
    header: col.header,
    field: target && taken.get(target) === col.column ? target : null
  }))
}

/** A header signature: the same office layout finds its remembered mapping again. */
export function headerSignature(table: SheetTable): string {
  return table.columns.map((c) => `${c.column}:${headerKey(c.header)}`).join('|')
}

const limits: Record<string, number> = {
  fullName: 200,
  familyAndMiddle: 200,
  givenName: 100,
  ethnicity: 100,
  religion: 100,
  position: 300,
  unit: 300,
  professionalLevel: 100,
  politicalTheoryLevel: 100,
  memberships: 300,
  category: 200,
  seat: 50,
  phone: 50,
  notes: 2000,
  name: 300,
  positionLine: 500,
  achievement: 2000,
  head: 200,
  headPosition: 200,
  householdHead: 200,
  residentialGroup: 300,
  address: 300
}

const limitEntries = Object.entries(limits)

/** Checks canonical values; the same rules run on the preview and again on commit. */
export function validateValues(
  kind: ImportKind,
  values: Values,
  lookup?: OrganisationLookup,
  today?: string
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const nameField = nameFieldOf[kind]
  if ((values[nameField] ?? '') === '')
    problems.push({ field: nameField, code: 'MISSING_NAME', severity: 'error' })
  for (const [field, max] of limitEntries) {
    if ((values[field] ?? '').length > max) {
      problems.push({ field, code: 'TOO_LONG', severity: 'error', params: { max: String(max) } })
    }
  }
  const gender = values.gender ?? ''
  if (gender !== '' && gender !== 'male' && gender !== 'female') {
    problems.push({
      field: 'gender',
      code: 'INVALID_GENDER',
      severity: 'error',
      params: { value: gender }
    })
  }
  if (kind === 'delegates') {
    const year = values.birthYear ?? ''
    if (year !== '' && parseYear(year) === null) {
      problems.push({
        field: 'birthYear',
        code: 'INVALID_YEAR',
        severity: 'error',
        params: { value: year }
      })
    }
    const isoOf = (field: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(values[field] ?? '') ? values[field] : null
    const dates = {
      birthYear: parseYear(year),
      birthDate: isoOf('birthDate'),
      partyJoinDate: isoOf('partyJoinDate')
    }
    const future = today === undefined ? null : futurePersonDate(dates, today)
    if (future && today !== undefined)
      problems.push({
        field: future.field,
        code: future.field === 'partyJoinDate' ? 'JOINED_AFTER_TODAY' : 'BORN_AFTER_TODAY',
        severity: 'error',
        params: {
          value: future.field === 'birthYear' ? year : formatDayMonthYear(dates[future.field]),
          today: formatDayMonthYear(today)
        }
      })
    for (const field of ['birthDate', 'partyJoinDate']) {
      const value = values[field] ?? ''
      if (value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        problems.push({ field, code: 'INVALID_DATE', severity: 'error', params: { value } })
      } else if (value !== '' && parseTextDate(value) === null) {
        problems.push({ field, code: 'INVALID_DATE', severity: 'error', params: { value } })
      }
    }
    const party = values.partyMember || 'false'
    if (party !== 'true' && party !== 'false') {
      problems.push({
        field: 'partyMember',
        code: 'INVALID_BOOLEAN',
        severity: 'error',
        params: { value: party }
      })
    }
  } else if (kind === 'honorees') {
    const honoreeKind = values.kind ?? ''
    if (honoreeKind === '')
      problems.push({ field: 'kind', code: 'MISSING_KIND', severity: 'error' })
    else if (!['collective', 'individual', 'household'].includes(honoreeKind)) {
      problems.push({
        field: 'kind',
        code: 'INVALID_KIND',
        severity: 'error',
        params: { value: honoreeKind }
      })
    }
    const posthumous = values.posthumous || 'false'
    if (posthumous !== 'true' && posthumous !== 'false') {
      problems.push({
        field: 'posthumous',
        code: 'INVALID_BOOLEAN',
        severity: 'error',
        params: { value: posthumous }
      })
    }
    if ((honoreeKind === 'individual' || honoreeKind === 'household') && gender === '') {
      problems.push({ field: 'gender', code: 'MISSING_GENDER', severity: 'warning' })
    }
  } else problems.push(...validateOrganisationValues(kind, values, lookup))
  for (const field in values) {
    const value = values[field] ?? ''
    for (const suspect of findSuspectCharacters(value)) {
      problems.push({
        field,
        code: 'SUSPECT_CHARACTER',
        severity: 'warning',
        params: { value: `${suspect.char} (${suspect.codePoint})` }
      })
      break
    }
  }
  return problems
}

/** Date columns whose values show the order: a first part > 12 proves day/month, a second month/day. */
function dateOrderOf(
  table: SheetTable,
  column: number
): { dayFirst: boolean; monthFirst: boolean } {
  let firstOver = false
  let secondOver = false
  for (const row of table.rows) {
    const cell = cellAt(row, column)
    if (cell.type !== 'text') continue
    const parts = dateParts(cell.text)
    if (!parts || parts.iso) continue
    if (parts.a > 12) firstOver = true
    if (parts.b > 12) secondOver = true
  }
  return { dayFirst: firstOver, monthFirst: secondOver && !firstOver }
}

/** Reads the rows of a table through a mapping into canonical values with located problems. */
export function interpretRows(
  kind: ImportKind,
  table: SheetTable,
  mapping: ColumnMapping[],
  ctx: InterpretContext
): ImportRow[] {
  const byTarget = new Map<string, ColumnMapping>()
  for (const m of mapping) if (m.field && !byTarget.has(m.field)) byTarget.set(m.field, m)
  const dateOrders = new Map<number, DateOrder>()
  for (const target of [
    'birthYear',
    'birthDate',
    'birthYearMale',
    'birthYearFemale',
    'partyJoinDate',
    'partyMember'
  ]) {
    const m = byTarget.get(target)
    if (m) dateOrders.set(m.column, dateOrderOf(table, m.column))
  }
  const located = locator(table.sheet, byTarget)
  const categoryKeys = new Set(ctx.categories.map(duplicateKey))
  const lookup = organisationLookup(ctx)
  const nameTargets = new Set(['name', 'head', 'householdHead', 'personName'])

  const rows = table.rows.map((row): ImportRow => {
    const problems: ImportProblem[] = []
    // The column a canonical value was actually read from, when several could feed it.
    const readFrom: Record<string, string> = {}
    const add = (p: FieldProblem, column?: string) =>
      problems.push(located(row.row, p, column ?? (p.field ? readFrom[p.field] : undefined)))
    const r = rowReader(row, byTarget, dateOrders, add, readFrom)
    const person = readGenderAndBirth(r)
    let values: Values
    if (kind === 'delegates') {
      values = readDelegatePerson(r, person)
      readPartyMembership(r, values)
      const category = r.text('category')
      values.category = category
      if (category !== '' && !categoryKeys.has(duplicateKey(category))) {
        add({
          field: 'category',
          code: 'UNKNOWN_CATEGORY',
          severity: 'warning',
          params: { value: category, known: ctx.categories.join(', ') }
        })
      }
      readPhone(r, values)
    } else if (kind === 'units' || kind === 'households' || kind === 'registrations') {
      const read = (target: string) =>
        nameTargets.has(target) ? r.nameText(target) : r.text(target)
      const readers = {
        units: readUnitRow,
        households: readHouseholdRow,
        registrations: readRegistrationRow
      }
      values = { ...readers[kind](read) }
    } else values = readHonoreeRow(r, person.gender)
    const ordered = orderValues(kind, values)
    for (const p of validateValues(kind, ordered, lookup, ctx.today)) add(p)
    if (row.hidden) add({ field: null, code: 'HIDDEN_ROW', severity: 'warning' }, '')
    return { sheetRow: row.row, hidden: row.hidden, skip: row.hidden, values: ordered, problems }
  })
  if (ctx.duplicates !== false) flagDuplicates(kind, rows, ctx, located)
  return rows
}

/** Values in the field table's order, every field present (stable output for goldens and UI). */
export function orderValues(kind: ImportKind, values: Values): Values {
  const fields = importFieldsByKind[kind]
  const out: Values = {}
  for (const f of fields) out[f] = values[f] ?? ''
  return out
}

function flagDuplicates(
  kind: ImportKind,
  rows: ImportRow[],
  ctx: InterpretContext,
  located: ReturnType<typeof locator>
) {
  const nameField = nameFieldOf[kind]
  const keyOf = kind === 'units' ? unitKey : duplicateKey
  const existing = new Map(ctx.existingNames.map((n) => [keyOf(n), n]))
  const seen = new Map<string, ImportRow>()
  for (const row of rows) {
    const name = row.values[nameField] ?? ''
    if (name === '') continue
    // Namesakes in two residential groups are two households.
    // A registration is one unit's (or one person's) title: the same title twice in a list is
    // only a duplicate for the same unit and person.
    const key =
      kind === 'households'
        ? `${duplicateKey(name)}|${unitKey(row.values.residentialGroup ?? '')}`
        : kind === 'registrations'
          ? `${duplicateKey(name)}|${unitKey(row.values.unit ?? '')}|${duplicateKey(row.values.personName ?? '')}`
          : keyOf(name)
    const first = seen.get(key)
    const yearA = first?.values.birthYear ?? ''
    const yearB = row.values.birthYear ?? ''
    if (first && (yearA === '' || yearB === '' || yearA === yearB)) {
      row.problems.push(
        located(row.sheetRow, {
          field: nameField,
          code: 'DUPLICATE_IN_FILE',
          severity: 'warning',
          params: { otherRow: String(first.sheetRow) }
        })
      )
    } else if (!first) seen.set(key, row)
    const other = existing.get(key)
    if (other !== undefined) {
      row.problems.push(
        located(row.sheetRow, {
          field: nameField,
          code: kind === 'units' ? 'UNIT_UPDATED' : 'DUPLICATE_IN_EVENT',
          severity: 'warning',
          params: { value: other }
        })
      )
    }
  }
}

/** Where a field's problem points: the column it was read from. */
const sourceTargets: Record<string, string[]> = {
  fullName: ['fullName', 'familyAndMiddle', 'givenName'],
  gender: ['gender', 'birthYearMale', 'birthYearFemale'],
  birthYear: ['birthYear', 'birthYearMale', 'birthYearFemale', 'birthDate']
}

export function locator(sheet: string, byTarget: Map<string, ColumnMapping>) {
  return (row: number, p: FieldProblem, column?: string): ImportProblem => {
    let letter = column
    if (letter === undefined && p.field) {
      for (const target of sourceTargets[p.field] ?? [p.field]) {
        const m = byTarget.get(target)
        if (m) {
          letter = m.letter
          break
        }
      }
    }
    return {
      sheet,
      row,
      column: letter ?? '',
      field: p.field,
      code: p.code,
      severity: p.severity,
      params: p.params ?? {}
    }
  }
}

export const mappingByTarget = (mapping: ColumnMapping[]) => {
  const byTarget = new Map<string, ColumnMapping>()
  for (const m of mapping) if (m.field && !byTarget.has(m.field)) byTarget.set(m.field, m)
  return byTarget
}

export type { TableRow }
