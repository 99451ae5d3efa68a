import type { Target } from '@shared/movement/entities'
import { culturalFamilyTitleId, residentialGroupTitleId } from '../schema/default-titles'

/** The reference ward's three targets (DOMAIN.md §6), a starting point the user edits. */
export const wardTargetsFor = (deadlineYear: number): Omit<Target, 'id'>[] => [
  {
    label: 'Cơ quan, đơn vị, tổ dân phố đăng ký thi đua',
    measure: 'registered',
    unitKinds: ['agency', 'school', 'association', 'residential-group', 'other'],
    titleId: null,
    comparison: '=',
    percent: 100,
    deadlineYear,
    milestones: []
  },
  {
    label: 'Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa',
    measure: 'achieved',
    unitKinds: ['residential-group'],
    titleId: residentialGroupTitleId,
    comparison: '>',
    percent: 95,
    deadlineYear,
    milestones: []
  },
  {
    label: 'Hộ gia đình đạt danh hiệu Gia đình văn hóa',
    measure: 'households-titled',
    unitKinds: ['residential-group'],
    titleId: culturalFamilyTitleId,
    comparison: '>',
    percent: 90,
    deadlineYear,
    milestones: []
  }
]
