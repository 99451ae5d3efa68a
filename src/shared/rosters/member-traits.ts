import { searchKey } from '../text'
import type { MemberFields } from './entities'
import type { QuotaCriterion } from './records'

/**
 * Age at the event date: exact from a birth date, else by years (event year − birth year), as
 * offices count it when only the year is known. Null when either date is unknown.
 */
export function ageAt(
  member: Pick<MemberFields, 'birthYear' | 'birthDate'>,
  eventDate: string | null
): number | null {
  if (!eventDate) return null
  const [ey, em, ed] = eventDate.split('-').map(Number) as [number, number, number]
  if (member.birthDate) {
    const [by, bm, bd] = member.birthDate.split('-').map(Number) as [number, number, number]
    const beforeBirthday = em < bm || (em === bm && ed < bd)
    return ey - by - (beforeBirthday ? 1 : 0)
  }
  return member.birthYear === null ? null : ey - member.birthYear
}

/** The year shown in the Nam | Nữ columns. */
export const birthYearOf = (member: Pick<MemberFields, 'birthYear' | 'birthDate'>) =>
  member.birthYear ?? (member.birthDate ? Number(member.birthDate.slice(0, 4)) : null)

const noneWords = new Set(['', 'khong', 'none', 'khong co', '-'])

export const isEthnicMinority = (m: Pick<MemberFields, 'ethnicity'>) => {
  const key = searchKey(m.ethnicity)
  return key !== '' && key !== 'kinh' && key !== 'viet' && key !== 'viet (kinh)'
}

export const isReligious = (m: Pick<MemberFields, 'religion'>) =>
  !noneWords.has(searchKey(m.religion))

/** Whether a member counts towards a quota share. */
export function meetsCriterion(
  criterion: QuotaCriterion,
  member: MemberFields,
  eventDate: string | null
): boolean {
  switch (criterion) {
    case 'women':
      return member.gender === 'female'
    case 'ethnicMinority':
      return isEthnicMinority(member)
    case 'under35': {
      const age = ageAt(member, eventDate)
      return age !== null && age < 35
    }
    case 'directlyWorking':
      return member.directlyWorking
    case 'partyMember':
      return member.partyMember
    case 'nonPartyMember':
      return !member.partyMember
    case 'religious':
      return isReligious(member)
  }
}
