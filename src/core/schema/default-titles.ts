import type { EmulationTitle } from '@shared/movement/entities'

export const residentialGroupTitleId = 'title-tdp-van-hoa'
export const culturalFamilyTitleId = 'title-gia-dinh-van-hoa'

/** The annual titles offices register for; the user edits the list in settings. */
export const defaultEmulationTitles = (): EmulationTitle[] => [
  { id: 'title-tt-ldtt', name: 'Tập thể lao động tiên tiến', subject: 'collective', active: true },
  { id: 'title-tt-ldxs', name: 'Tập thể lao động xuất sắc', subject: 'collective', active: true },
  {
    id: residentialGroupTitleId,
    name: 'Tổ dân phố văn hóa',
    subject: 'residential-group',
    active: true
  },
  { id: culturalFamilyTitleId, name: 'Gia đình văn hóa', subject: 'household', active: true },
  { id: 'title-ldtt', name: 'Lao động tiên tiến', subject: 'individual', active: true },
  { id: 'title-cstdcs', name: 'Chiến sĩ thi đua cơ sở', subject: 'individual', active: true }
]
