import { compareVietnamese, compareVietnameseNatural } from '../text'
import type { MemberFields, Quota, QuotaCheck } from './entities'
import { ageAt, meetsCriterion } from './member-traits'
import { quotaCriteria, type QuotaCriterion } from './records'
import { checkQuota } from './quota'

export const compositionSectionKeys = [
  'category',
  'gender',
  'age',
  'ethnicity',
  'religion',
  'party',
  'educationLevel',
  'professionalLevel',
  'politicalTheoryLevel',
  'unit'
] as const
export type CompositionSectionKey = (typeof compositionSectionKeys)[number]

export interface CompositionRow {
  /** A fixed bucket ("female", "age40to49", "unknown") or "value:" + the value as entered. */
  key: string
  /** Vietnamese label, as printed. */
  label: string
  count: number
  percent: number
}

export interface CompositionSection {
  key: CompositionSectionKey
  rows: CompositionRow[]
}

export interface CompositionReport {
  total: number
  eventDate: string | null
  sections: CompositionSection[]
  /** Each quota share counted, whether or not the quota asks for it. */
  shares: { criterion: QuotaCriterion; count: number; percent: number }[]
  quotaCheck: QuotaCheck
}

export const compositionSectionLabels: Record<CompositionSectionKey, string> = {
  category: 'Thành phần đại biểu',
  gender: 'Giới tính',
  age: 'Độ tuổi',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  party: 'Đảng viên',
  educationLevel: 'Trình độ học vấn',
  professionalLevel: 'Trình độ chuyên môn',
  politicalTheoryLevel: 'Lý luận chính trị',
  unit: 'Đơn vị, lĩnh vực'
}

export const quotaCriterionLabels: Record<QuotaCriterion, string> = {
  women: 'Nữ',
  ethnicMinority: 'Dân tộc thiểu số',
  under35: 'Dưới 35 tuổi',
  directlyWorking: 'Trực tiếp lao động, sản xuất',
  partyMember: 'Đảng viên',
  nonPartyMember: 'Ngoài Đảng',
  religious: 'Có tôn giáo'
}

const unknownRow = { key: 'unknown', label: 'Chưa rõ' }

const ageBands = [
  { key: 'ageUnder30', label: 'Dưới 30 tuổi', below: 30 },
  { key: 'age30to39', label: 'Từ 30 đến dưới 40 tuổi', below: 40 },
  { key: 'age40to49', label: 'Từ 40 đến dưới 50 tuổi', below: 50 },
  { key: 'age50to59', label: 'Từ 50 đến dưới 60 tuổi', below: 60 },
  { key: 'age60plus', label: 'Từ 60 tuổi trở lên', below: Infinity }
] as const

const percentOf = (count: number, total: number) =>
  total === 0 ? 0 : Math.round((count * 1000) / total) / 10

/** Rows for a free-text field: most frequent first, then Vietnamese order; blanks last. */
function byValue(
  members: readonly MemberFields[],
  valueOf: (m: MemberFields) => string,
  order: (a: [string, number], b: [string, number]) => number = ([a, ca], [b, cb]) =>
    cb - ca || compareVietnamese(a, b)
) {
  const counts = new Map<string, number>()
  let blank = 0
  for (const m of members) {
    const value = valueOf(m).trim()
    if (value === '') blank++
    else counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const rows = [...counts]
    .sort(order)
    .map(([label, count]) => ({ key: `value:${label}`, label, count }))
  return blank > 0 ? [...rows, { ...unknownRow, count: blank }] : rows
}

/** Case- and tone-placement-insensitive, for matching a typed level against a rank list. */
const levelKey = (s: string): string => s.normalize('NFC').trim().toLocaleLowerCase('vi')

/**
 * Levels in rank order, highest first ("Tiến sĩ" above "Thạc sĩ" above "Đại học" …), whatever
 * their counts; values not on the list follow by count, "no training" answers last.
 */
function byRank(ranks: readonly string[], last: readonly string[]) {
  const rankOf = (value: string): number => {
    const k = levelKey(value)
    const i = ranks.findIndex((r) => compareVietnamese(levelKey(r), k) === 0)
    if (i >= 0) return i
    return last.some((r) => compareVietnamese(levelKey(r), k) === 0)
      ? ranks.length + 1
      : ranks.length
  }
  return ([a, ca]: [string, number], [b, cb]: [string, number]) =>
    rankOf(a) - rankOf(b) || cb - ca || compareVietnamese(a, b)
}

const professionalRanks = ['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Sơ cấp']
const politicalRanks = ['Cử nhân', 'Cao cấp', 'Trung cấp', 'Sơ cấp']
const untrained = ['Chưa qua đào tạo', 'Không', 'Chưa']

/** "12/12", "9/12", "10/10": a school grade (trình độ học vấn), not a professional level. */
const schoolGrade = /^(\d{1,2})\s*\/\s*(10|12)$/
const gradeOf = (m: MemberFields): string => {
  const v = m.professionalLevel.trim()
  return schoolGrade.test(v) ? v.replace(/\s+/g, '') : ''
}
/** Degrees that admit only those who finished school (12/12): university, college and above. */
const afterTwelveYears = ['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng']
/**
 * The school grade a member has finished: as recorded, 12/12 for a degree that requires it,
 * else unknown ("Trung cấp" admits from 9/12), so the section still adds up to every member.
 */
const educationOf = (m: MemberFields): string => {
  const grade = gradeOf(m)
  if (grade) return grade
  const level = levelKey(m.professionalLevel)
  return afterTwelveYears.some((d) => compareVietnamese(levelKey(d), level) === 0) ? '12/12' : ''
}
/** Highest grade first: 12/12 before 9/12. */
const byGrade = ([a, ca]: [string, number], [b, cb]: [string, number]) =>
  Number(b.split('/')[0]) - Number(a.split('/')[0]) || cb - ca

function fixed(
  members: readonly MemberFields[],
  buckets: readonly { key: string; label: string; test: (m: MemberFields) => boolean }[]
) {
  const rows = buckets.map((b) => ({ key: b.key, label: b.label, count: 0 }))
  let unknown = 0
  for (const m of members) {
    const index = buckets.findIndex((b) => b.test(m))
    if (index < 0) unknown++
    else (rows[index] as { count: number }).count++
  }
  return unknown > 0 ? [...rows, { ...unknownRow, count: unknown }] : rows
}

/** The composition (cơ cấu) of a roster's members at the event date. */
export function compositionReport(
  members: readonly { fields: MemberFields }[],
  quota: Quota,
  eventDate: string | null
): CompositionReport {
  const fields = members.map((m) => m.fields)
  const total = fields.length
  const raw: Record<CompositionSectionKey, Omit<CompositionRow, 'percent'>[]> = {
    category: byValue(fields, (m) => m.category),
    gender: fixed(fields, [
      { key: 'male', label: 'Nam', test: (m) => m.gender === 'male' },
      { key: 'female', label: 'Nữ', test: (m) => m.gender === 'female' }
    ]),
    age: fixed(
      fields,
      ageBands.map((band, i) => ({
        key: band.key,
        label: band.label,
        test: (m: MemberFields) => {
          const age = ageAt(m, eventDate)
          const floor = i === 0 ? -Infinity : (ageBands[i - 1] as { below: number }).below
          return age !== null && age >= floor && age < band.below
        }
      }))
    ),
    ethnicity: byValue(fields, (m) => m.ethnicity),
    religion: byValue(fields, (m) => m.religion),
    party: fixed(fields, [
      { key: 'partyMember', label: 'Đảng viên', test: (m) => m.partyMember },
      { key: 'nonPartyMember', label: 'Ngoài Đảng', test: (m) => !m.partyMember }
    ]),
    educationLevel: byValue(fields, educationOf, byGrade),
    professionalLevel: byValue(
      fields,
      (m) => (gradeOf(m) ? 'Chưa qua đào tạo' : m.professionalLevel),
      byRank(professionalRanks, untrained)
    ),
    politicalTheoryLevel: byValue(
      fields,
      (m) => m.politicalTheoryLevel,
      byRank(politicalRanks, untrained)
    ),
    // Units in name order, numbers as numbers: "Tổ dân phố số 5" before "Tổ dân phố số 10".
    unit: byValue(
      fields,
      (m) => m.unit,
      ([a], [b]) => compareVietnameseNatural(a, b)
    )
  }
  return {
    total,
    eventDate,
    sections: compositionSectionKeys.map((key) => ({
      key,
      rows: raw[key].map((row) => ({ ...row, percent: percentOf(row.count, total) }))
    })),
    shares: quotaCriteria.map((criterion) => {
      const count = fields.filter((m) => meetsCriterion(criterion, m, eventDate)).length
      return { criterion, count, percent: percentOf(count, total) }
    }),
    quotaCheck: checkQuota(members, quota, eventDate)
  }
}
