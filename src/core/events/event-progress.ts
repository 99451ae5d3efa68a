import type { EventProgress } from '@shared/entities'
import { goodPrints } from '@shared/honours/entities'
import { AppError } from '@shared/result'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'

/** How far an event has come, step by step, for its Overview (counts only; nothing is changed). */
export function eventProgress(data: DatabaseData, eventId: string): EventProgress {
  if (!data.events.some((e) => e.id === eventId))
    throw new AppError('NOT_FOUND', `No event with id "${eventId}"`)
  const mine = <T extends { eventId: string }>(list: readonly T[]) =>
    list.filter((x) => x.eventId === eventId)
  const rosters = mine(data.rosters.rosters)
  const decisions = mine(data.honours.decisions)
  const decisionIds = new Set(decisions.map((d) => d.id))
  const numbers = data.honours.register.filter(
    (r) => decisionIds.has(r.decisionId) && r.status === 'active'
  )
  return {
    organisationReady: data.organisation.authorityName.trim() !== '',
    delegates: mine(data.delegates.delegates).length,
    rosters: rosters.length,
    rostersApproved: rosters.filter((r) => r.versions.some((v) => v.status === 'approved')).length,
    honorees: mine(data.honours.honorees).length,
    decisions: decisions.length,
    decisionsIssued: decisions.filter((d) => d.status === 'issued').length,
    registerNumbers: numbers.length,
    certificatesPrinted: numbers.filter((r) => goodPrints(r) > 0).length,
    agendaItems: mine(data.agenda.items).length,
    awardRounds: mine(data.agenda.rounds).length
  }
}

export function eventProgressHandlers({ read }: FeatureDeps): Pick<Handlers, 'getEventProgress'> {
  return { getEventProgress: ({ id }) => eventProgress(read(), id) }
}
