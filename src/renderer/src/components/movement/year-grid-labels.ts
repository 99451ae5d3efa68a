import { resultStates } from '@shared/movement/records'
import type { TallyProblem } from './tally-input'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The year grid's words, translated once per language instead of once per cell. */
export function yearGridLabels(t: Translate) {
  return {
    title: t('movement.year.title'),
    person: t('movement.year.person'),
    result: t('movement.year.result'),
    reason: t('movement.year.reason'),
    households: t('movement.year.households'),
    titled: t('movement.year.titled'),
    notRegistered: t('movement.year.notRegistered'),
    add: t('movement.year.add'),
    addChoose: t('movement.year.addChoose'),
    unitTitles: t('movement.year.unitTitles'),
    personTitles: t('movement.year.personTitles'),
    remove: t('movement.year.remove'),
    personRequired: t('movement.year.personRequired'),
    registerFirst: t('movement.year.registerFirst', { column: t('movement.year.title') }),
    names: t('movement.households.open'),
    namesOpen: t('movement.households.list'),
    namesCount: t('movement.households.fromList'),
    tallyProblem: (p: TallyProblem) =>
      p.kind === 'overHouseholds'
        ? t('movement.year.tooMany', { titled: p.titled, households: p.households })
        : t(`movement.council.numberProblems.${p.kind}`, { ...p }),
    results: resultStates.map((r) => ({ value: r, label: t(`movement.year.results.${r}`) }))
  }
}

export type YearGridLabels = ReturnType<typeof yearGridLabels>
