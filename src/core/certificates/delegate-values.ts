import type { DelegatePlaceholder } from '@shared/certificates/records'
import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import type { Event, Organisation } from '@shared/entities'
import { namesItsSeat } from '@shared/seating/hall'
import { formatShortDate } from './certificate-values'

/** "Ghế: A12" for a seat typed as a code; a hall plan's "Khu B, hàng 3, ghế 12" as it is. */
export function seatLine(seat: string): string {
  const text = seat.normalize('NFC').trim()
  if (text === '') return ''
  return namesItsSeat(text) ? text : `Ghế: ${text}`
}

export type DelegateValues = Record<DelegatePlaceholder, string>

export interface DelegateSources {
  organisation: Organisation
  event: Event | null
  category: DelegateCategory | null
  /** The delegate's current check-in code; "" when the event has none yet (previews). */
  checkInCode: string
}

/** "Ông" / "Bà" from the gender field, never guessed from the name. */
export const delegateHonorific = (d: Pick<Delegate, 'gender'>): string =>
  d.gender === 'male' ? 'Ông' : d.gender === 'female' ? 'Bà' : ''

export function delegateValues(d: Delegate, s: DelegateSources): DelegateValues {
  const honorific = delegateHonorific(d)
  const name = d.fullName.normalize('NFC')
  const eventDate = s.event?.date ?? null
  return {
    honorific,
    name,
    nameLine: honorific ? `${honorific} ${name}` : name,
    position: d.position.normalize('NFC'),
    unit: d.unit.normalize('NFC'),
    category: s.category?.name ?? '',
    delegateNumber: String(d.number),
    seat: (d.seat ?? '').normalize('NFC').trim(),
    seatLine: seatLine(d.seat ?? ''),
    checkInCode: s.checkInCode,
    eventTitle: s.event?.title ?? '',
    eventDate: formatShortDate(eventDate),
    eventPlace: s.event?.venue ?? '',
    organisation: s.organisation.authorityName,
    year: eventDate ? eventDate.slice(0, 4) : ''
  }
}

/** A made-up delegate for a designer preview. */
export function sampleDelegateValues(organisation: Organisation, event: Event | null) {
  return {
    ...delegateValues(
      {
        id: 'sample',
        eventId: 'sample',
        number: 42,
        fullName: 'Nguyễn Thị Minh Khai',
        familyAndMiddleOverride: null,
        givenNameOverride: null,
        gender: 'female',
        birthYear: null,
        birthDate: null,
        ethnicity: '',
        religion: '',
        position: 'Tổ trưởng Tổ dân phố số 3',
        unit: 'Tổ dân phố số 3',
        professionalLevel: '',
        politicalTheoryLevel: '',
        partyMember: false,
        partyJoinDate: null,
        memberships: '',
        categoryId: null,
        seat: 'A12',
        flags: { honoree: false, speaker: false, presidium: false, secretariat: false },
        phone: '',
        notes: '',
        custom: {},
        createdAt: '',
        updatedAt: ''
      },
      {
        organisation,
        event,
        category: null,
        checkInCode: '42-BCFGHJKLMN'
      }
    ),
    category: 'Đại biểu chính thức'
  }
}
