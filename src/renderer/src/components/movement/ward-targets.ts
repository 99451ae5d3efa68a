import type { TargetFields } from '@shared/movement/contract'
import type { EmulationTitle } from '@shared/movement/entities'
import { unitKinds } from '@shared/movement/records'

type T = (key: string, values?: Record<string, unknown>) => string

/** The ward's usual three targets for a new movement, due in `deadline`. */
export function wardTargets(t: T, titles: EmulationTitle[], deadline: number): TargetFields[] {
  const groupTitle = titles.find((x) => x.subject === 'residential-group')
  const base = { milestones: [], deadlineYear: deadline }
  return [
    {
      ...base,
      label: t('movement.movement.wardTargets.registered'),
      measure: 'registered',
      unitKinds: [...unitKinds],
      titleId: null,
      comparison: '=',
      percent: 100
    },
    {
      ...base,
      label: t('movement.movement.wardTargets.groups'),
      measure: groupTitle ? 'achieved' : 'registered',
      unitKinds: ['residential-group'],
      titleId: groupTitle?.id ?? null,
      comparison: '>',
      percent: 95
    },
    {
      ...base,
      label: t('movement.movement.wardTargets.households'),
      measure: 'households-titled',
      unitKinds: ['residential-group'],
      titleId: null,
      comparison: '>',
      percent: 90
    }
  ]
}
