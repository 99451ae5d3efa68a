import { duplicateKey, splitVietnameseName, type NameInput, type NameSplit } from '../text'
import type { Delegate, DelegateFields, DelegateFlags, DelegateWarning } from './entities'

/*
 * Plain helpers over the delegate types, free of zod so the renderer can use them (see
 * ../records.ts for why).
 */

/** The categories an event gets when its first delegate arrives; the user may edit them. */
export const defaultCategoryNames = [
  { name: 'Đại biểu chính thức', counted: true },
  { name: 'Đại biểu khách mời', counted: false }
] as const

export const delegateFlagNames = [
  'honoree',
  'speaker',
  'presidium',
  'secretariat'
] as const satisfies readonly (keyof DelegateFlags)[]

export const delegateFieldNames = [
  'fullName',
  'familyAndMiddleOverride',
  'givenNameOverride',
  'gender',
  'birthYear',
  'birthDate',
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'partyMember',
  'partyJoinDate',
  'memberships',
  'categoryId',
  'seat',
  'flags',
  'phone',
  'notes',
  'custom'
] as const satisfies readonly (keyof DelegateFields)[]

/** Fails to compile when DelegateFields gains a field this list lacks. */
export const everyDelegateFieldListed: Exclude<
  keyof DelegateFields,
  (typeof delegateFieldNames)[number]
> extends never
  ? true
  : never = true

/** The plain-text fields, which search and filters look at. */
export const delegateTextFieldNames = [
  'fullName',
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'memberships',
  'phone',
  'notes'
] as const satisfies readonly (keyof DelegateFields)[]
export type DelegateTextField = (typeof delegateTextFieldNames)[number]

export const noFlags = (): DelegateFlags => ({
  honoree: false,
  speaker: false,
  presidium: false,
  secretariat: false
})

export const emptyDelegateFields = (): DelegateFields => ({
  fullName: '',
  familyAndMiddleOverride: null,
  givenNameOverride: null,
  gender: null,
  birthYear: null,
  birthDate: null,
  ethnicity: '',
  religion: '',
  position: '',
  unit: '',
  professionalLevel: '',
  politicalTheoryLevel: '',
  partyMember: false,
  partyJoinDate: null,
  memberships: '',
  categoryId: null,
  flags: noFlags(),
  phone: '',
  notes: '',
  custom: {}
})

/** The user-editable fields of a delegate, without id, number and timestamps. */
export const delegateFieldsOf = (delegate: DelegateFields): DelegateFields =>
  Object.fromEntries(delegateFieldNames.map((name) => [name, delegate[name]])) as DelegateFields

type NameOf = Pick<Delegate, 'fullName' | 'familyAndMiddleOverride' | 'givenNameOverride'>

/** The manual split when both parts are set, for splitVietnameseName and the name collator. */
const overrideOf = (d: NameOf): NameSplit | undefined =>
  d.givenNameOverride !== null && d.givenNameOverride !== ''
    ? { familyAndMiddle: d.familyAndMiddleOverride ?? '', given: d.givenNameOverride }
    : undefined

/** Họ và đệm and tên: derived from the full name, or the override when it fits the name. */
export const delegateNameSplit = (d: NameOf): NameSplit =>
  splitVietnameseName(d.fullName, overrideOf(d))

/** What compareVietnameseNames / sortByVietnameseName take for a delegate. */
export const delegateNameInput = (d: NameOf): NameInput => {
  const split = overrideOf(d)
  return split ? { fullName: d.fullName, split } : d.fullName
}

/**
 * The birth years a person record takes: from 1900 (the schema's floor) to `thisYear`; a year
 * after it is a typo, not a delegate.
 */
export const birthYearRange = (thisYear: number) => ({ min: 1900, max: thisYear })

/**
 * Why a person record's birth year, date of birth or date of joining the Party cannot be (after
 * `now`, an ISO timestamp or date), or null. Only the fields present are looked at, so a patch is
 * checked as it is.
 */
export function futurePersonDate(
  fields: { birthYear?: number | null; birthDate?: string | null; partyJoinDate?: string | null },
  now: string
): { field: 'birthYear' | 'birthDate' | 'partyJoinDate'; message: string } | null {
  const { max } = birthYearRange(Number(now.slice(0, 4)))
  if (fields.birthYear != null && fields.birthYear > max)
    return {
      field: 'birthYear',
      message: `the birth year ${fields.birthYear} is after this year (${max})`
    }
  const today = now.slice(0, 10)
  if (fields.birthDate && fields.birthDate > today)
    return {
      field: 'birthDate',
      message: `the date of birth ${fields.birthDate} is after today (${today})`
    }
  if (fields.partyJoinDate && fields.partyJoinDate > today)
    return {
      field: 'partyJoinDate',
      message: `the date of joining the Party ${fields.partyJoinDate} is after today (${today})`
    }
  return null
}

/** The birth year, from the year field or else the date of birth. */
export const delegateBirthYear = (d: Pick<Delegate, 'birthYear' | 'birthDate'>): number | null =>
  d.birthYear ?? (d.birthDate ? Number(d.birthDate.slice(0, 4)) : null)

/** Keys by the name as typed: many records share a name string, and a string hashes fast. */
const keyByName = new Map<string, string>()
const keyCacheLimit = 200_000

/** {@link duplicateKey} of a delegate's name, remembered per distinct name. */
export function delegateDuplicateKey(d: Pick<Delegate, 'fullName'>): string {
  const known = keyByName.get(d.fullName)
  if (known !== undefined) return known
  const key = duplicateKey(d.fullName)
  if (keyByName.size >= keyCacheLimit) keyByName.clear()
  keyByName.set(d.fullName, key)
  return key
}

/**
 * Probable duplicates: names equal under {@link duplicateKey} (NFC/NFD, case, spacing, hòa/hoà)
 * whose birth years do not tell them apart. Two people of the same name born in different
 * years are not reported; a delegate without a birth year is reported with every namesake.
 */
export function findDuplicateDelegates(
  delegates: readonly Pick<Delegate, 'id' | 'number' | 'fullName' | 'birthYear' | 'birthDate'>[]
): DelegateWarning[] {
  const byName = new Map<string, (typeof delegates)[number][]>()
  for (const d of delegates) {
    const key = delegateDuplicateKey(d)
    if (key === '') continue
    const group = byName.get(key)
    if (group) group.push(d)
    else byName.set(key, [d])
  }
  const warnings: DelegateWarning[] = []
  const warn = (group: readonly (typeof delegates)[number][]) => {
    const sorted = group.slice().sort((a, b) => a.number - b.number)
    warnings.push({
      code: 'DUPLICATE_NAME',
      delegateIds: sorted.map((d) => d.id),
      name: sorted[0]?.fullName ?? ''
    })
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue
    const byYear = new Map<number | null, (typeof delegates)[number][]>()
    for (const d of group) {
      const year = delegateBirthYear(d)
      byYear.set(year, [...(byYear.get(year) ?? []), d])
    }
    if (byYear.has(null) || byYear.size === 1) {
      warn(group)
      continue
    }
    for (const sameYear of byYear.values()) if (sameYear.length > 1) warn(sameYear)
  }
  return warnings.sort((a, b) => a.name.localeCompare(b.name, 'vi'))
}
