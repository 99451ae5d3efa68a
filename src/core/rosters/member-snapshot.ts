import type { Delegate } from '@shared/delegates/entities'
import type { MemberFields } from '@shared/rosters/entities'
import { searchKey } from '@shared/text'
import type { DatabaseData } from '../schema/database-schema'

const yesWords = new Set(['x', 'co', 'yes', 'true', '1', 'v', 'dung'])

/** Lookups over the delegates part, built once per request. */
export interface DelegateIndex {
  delegate(id: string): Delegate | undefined
  snapshot(delegate: Delegate): MemberFields
}

export function delegateIndex(data: DatabaseData, eventId: string): DelegateIndex {
  const delegates = new Map(
    data.delegates.delegates.filter((d) => d.eventId === eventId).map((d) => [d.id, d])
  )
  const categories = new Map(data.delegates.categories.map((c) => [c.id, c.name]))
  // Custom columns arrived after schema v3; without their labels the column id is the key.
  const columns = (data.delegates as { columns?: { id: string; label: string }[] }).columns ?? []
  const labels = new Map(columns.map((c) => [c.id, c.label]))
  return {
    delegate: (id) => delegates.get(id),
    snapshot: (d) => {
      const custom: Record<string, string> = {}
      let directlyWorking = (d as { directlyWorking?: unknown }).directlyWorking === true
      for (const [key, value] of Object.entries(d.custom)) {
        const label = labels.get(key) ?? key
        custom[label] = value
        if (searchKey(label).includes('truc tiep') && yesWords.has(searchKey(value)))
          directlyWorking = true
      }
      return {
        fullName: d.fullName,
        familyAndMiddleOverride: d.familyAndMiddleOverride,
        givenNameOverride: d.givenNameOverride,
        gender: d.gender,
        birthYear: d.birthYear,
        birthDate: d.birthDate,
        ethnicity: d.ethnicity,
        religion: d.religion,
        position: d.position,
        unit: d.unit,
        professionalLevel: d.professionalLevel,
        politicalTheoryLevel: d.politicalTheoryLevel,
        partyMember: d.partyMember,
        partyJoinDate: d.partyJoinDate,
        category: d.categoryId ? (categories.get(d.categoryId) ?? '') : '',
        directlyWorking,
        phone: d.phone,
        notes: d.notes,
        custom
      }
    }
  }
}
