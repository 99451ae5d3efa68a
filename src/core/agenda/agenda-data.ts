import { z } from 'zod'
import { AwardRound } from '../../shared/agenda/entities'

/** Agenda items, award rounds and the live run of the day. */
export const AgendaData = z.strictObject({
  items: z.array(z.unknown()),
  rounds: z.array(AwardRound)
})
export type AgendaData = z.infer<typeof AgendaData>

export const emptyAgendaData = (): AgendaData => ({ items: [], rounds: [] })
