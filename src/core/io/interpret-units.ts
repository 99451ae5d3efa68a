import type { ImportProblemCode } from '@shared/import/records'
import type { EmulationTitle } from '@shared/movement/entities'
import { unitKinds, type UnitKind } from '@shared/movement/entities'

type TitleSubject = EmulationTitle['subject']
import { duplicateKey, searchKey } from '@shared/text'
import { parseBoolean } from './values'

type Values = Record<string, string>
type FieldProblem = {
  field: string | null
  code: ImportProblemCode
  severity: 'error' | 'warning'
  params?: Record<string, string>
}

const unitKindWords: [RegExp, UnitKind][] = [
  [/^(to dan pho|tdp|khu pho|thon|ap|ban|residential)\b/, 'residential-group'],
  [/^(truong|mam non|school)\b/, 'school'],
  [/^(hoi|doan|mat tran|uy ban mat tran|cong doan|chi hoi|association|doan the)\b/, 'association'],
  [
    /^(co quan|uy ban|ubnd|dang uy|cong an|tram y te|ban chi huy|van phong|phong|agency)\b/,
    'agency'
  ],
  [/^(khac|other)\b/, 'other']
]

/** The unit kind a "Loại" cell names, or the one a unit's name implies ("Tổ dân phố số 5"). */
export function parseUnitKind(text: string): UnitKind | undefined {
  if ((unitKinds as readonly string[]).includes(text)) return text as UnitKind
  const key = searchKey(text)
  for (const [pattern, kind] of unitKindWords) if (pattern.test(key)) return kind
  return undefined
}

/** "5", "Tổ 5", "TDP số 5" → "Tổ dân phố số 5"; any other text as it is. */
export function residentialGroupName(text: string): string {
  const m = /^(?:(?:tổ dân phố|tdp|tổ)\s*)?(?:số\s*)?(\d{1,4})$/iu.exec(text.trim())
  return m ? `Tổ dân phố số ${Number(m[1])}` : text
}

/** The key a unit is found by: its name, with a bare group number read as "Tổ dân phố số N". */
export const unitKey = (name: string) => duplicateKey(residentialGroupName(name))

const titledWords = new Map([
  ['dat', true],
  ['gia dinh van hoa', true],
  ['gdvh', true],
  ['khong dat', false],
  ['chua dat', false]
])

/** Canonical values of a units-list row. */
export function readUnitRow(text: (target: string) => string): Values {
  const name = text('name')
  const kindText = text('unitKind')
  const households = text('households').replace(/[.,\s](?=\d{3}\b)/g, '')
  return {
    name,
    unitKind:
      kindText === '' ? (parseUnitKind(name) ?? 'other') : (parseUnitKind(kindText) ?? kindText),
    head: text('head'),
    headPosition: text('headPosition'),
    households,
    notes: text('notes')
  }
}

/** Canonical values of a households-list row. */
export function readHouseholdRow(text: (target: string) => string): Values {
  const titledText = text('titled')
  const titled = titledWords.get(searchKey(titledText)) ?? parseBoolean(titledText)
  return {
    householdHead: text('householdHead'),
    residentialGroup: residentialGroupName(text('residentialGroup')),
    address: text('address'),
    titled: titled === undefined ? titledText : String(titled),
    notes: text('notes')
  }
}

const resultWords = new Map([
  ['', 'pending'],
  ['chua danh gia', 'pending'],
  ['dang ky', 'pending'],
  ['pending', 'pending'],
  ['dat', 'achieved'],
  ['hoan thanh', 'achieved'],
  ['achieved', 'achieved'],
  ['khong dat', 'not-achieved'],
  ['chua dat', 'not-achieved'],
  ['not achieved', 'not-achieved'],
  ['not-achieved', 'not-achieved']
])

/** Canonical values of a registrations-list row (a group's list of who registers for what). */
export function readRegistrationRow(text: (target: string) => string): Values {
  const resultText = text('result')
  return {
    unit: residentialGroupName(text('unit')),
    personName: text('personName'),
    title: text('title'),
    result: resultWords.get(searchKey(resultText).replace(/-/g, ' ')) ?? resultText,
    reason: text('reason'),
    notes: text('notes')
  }
}

/** The ward's units and titles a row of the organisation's lists must name. */
export interface OrganisationLookup {
  unitKeys?: ReadonlySet<string>
  /** Title key (duplicateKey of its name) → who holds it. */
  titles?: ReadonlyMap<string, TitleSubject>
}

function validateRegistration(values: Values, lookup: OrganisationLookup): FieldProblem[] {
  const problems: FieldProblem[] = []
  const unit = values.unit ?? ''
  if (unit === '' || (lookup.unitKeys && !lookup.unitKeys.has(unitKey(unit))))
    problems.push({
      field: 'unit',
      code: 'UNKNOWN_UNIT',
      severity: 'error',
      params: { value: unit }
    })
  const title = values.title ?? ''
  const subject = lookup.titles?.get(duplicateKey(title))
  if (title !== '' && lookup.titles && subject === undefined)
    problems.push({
      field: 'title',
      code: 'UNKNOWN_TITLE',
      severity: 'error',
      params: { value: title }
    })
  if (subject === 'individual' && (values.personName ?? '') === '')
    problems.push({
      field: 'personName',
      code: 'MISSING_PERSON',
      severity: 'error',
      params: { value: title }
    })
  const result = values.result ?? ''
  if (result !== 'pending' && result !== 'achieved' && result !== 'not-achieved')
    problems.push({
      field: 'result',
      code: 'INVALID_RESULT',
      severity: 'error',
      params: { value: result }
    })
  return problems
}

/** Checks of the organisation's kinds against the ward's units (and titles). */
export function validateOrganisationValues(
  kind: 'units' | 'households' | 'registrations',
  values: Values,
  lookup: OrganisationLookup = {}
): FieldProblem[] {
  if (kind === 'registrations') return validateRegistration(values, lookup)
  const { unitKeys } = lookup
  const problems: FieldProblem[] = []
  if (kind === 'units') {
    const unitKind = values.unitKind ?? ''
    if (!(unitKinds as readonly string[]).includes(unitKind))
      problems.push({
        field: 'unitKind',
        code: 'INVALID_UNIT_KIND',
        severity: 'error',
        params: { value: unitKind }
      })
    const households = values.households ?? ''
    if (households !== '' && !/^\d{1,6}$/.test(households))
      problems.push({
        field: 'households',
        code: 'INVALID_NUMBER',
        severity: 'error',
        params: { value: households }
      })
    return problems
  }
  const titled = values.titled || 'false'
  if (titled !== 'true' && titled !== 'false')
    problems.push({
      field: 'titled',
      code: 'INVALID_BOOLEAN',
      severity: 'error',
      params: { value: titled }
    })
  const group = values.residentialGroup ?? ''
  if (group === '' || (unitKeys && !unitKeys.has(unitKey(group))))
    problems.push({
      field: 'residentialGroup',
      code: 'UNKNOWN_UNIT',
      severity: 'error',
      params: { value: group }
    })
  return problems
}
