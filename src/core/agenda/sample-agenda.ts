import type { AwardRound } from '@shared/agenda/entities'
import type { SampleSeeder } from '../events'
import { upsertSettings } from './agenda-records'
import { addTemplateItems } from './agenda-template-items'
import { loadAgendaTemplates } from './agenda-templates'
import { decisionViews } from './agenda-views'
import { balancedChunks } from './award-rounds'

const templateId = 'half-day-emulation-congress'
/** DOMAIN.md §3: collectives 1–7 and 8–14, individuals 1–7, individuals 8–13 with the households. */
const roundSize = 7

/**
 * The seed congress's programme from the half-day template, presented by the seed's roles, and
 * four award rounds for the issued decision's honorees.
 */
export const seedSampleAgenda: SampleSeeder = (draft, { eventId, sample, ctx, now }) => {
  const template = loadAgendaTemplates(ctx.resourcesDir).find((t) => t.id === templateId)
  if (!template) return
  const presenters = Object.fromEntries(sample.roles.map((r) => [r.role, `${r.name}, ${r.title}`]))
  const items = addTemplateItems(draft, { eventId, template, presenters, newId: ctx.newId, now })
  upsertSettings(draft, eventId, { stageCapacity: 10 })
  const awardItem = items.find((i) => i.kind === 'award-round')
  const lead = presenters['standing-deputy-party-secretary'] ?? ''
  const chairman = presenters['chairman'] ?? ''

  const rounds: AwardRound[] = []
  for (const decision of decisionViews(draft, eventId).sort((a, b) => a.awardRank - b.awardRank)) {
    const { collective, individual, household } = decision.honoreeIds
    const people = balancedChunks(individual, roundSize)
    if (people.length > 0) people[people.length - 1]?.push(...household)
    else if (household.length > 0) people.push([...household])
    const groups = [
      ...balancedChunks(collective, roundSize).map((ids) => ({ ids, presenter: lead })),
      ...people.map((ids) => ({ ids, presenter: chairman }))
    ]
    for (const { ids, presenter } of groups) {
      rounds.push({
        id: ctx.newId(),
        eventId,
        decisionId: decision.id,
        index: rounds.length,
        title: `Đợt ${rounds.length + 1}`,
        honoreeIds: ids,
        presenters: presenter ? [presenter] : [],
        attendants: [`Người phục vụ khay ${rounds.length + 1}`],
        agendaItemId: awardItem?.id ?? null
      })
    }
  }
  draft.agenda.rounds.push(...rounds)
}
