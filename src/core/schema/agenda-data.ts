import { z } from 'zod'
import { AgendaItem, AgendaSettings, AwardRound } from '@shared/agenda/entities'

/** Agenda items (with the live run's actual times), award rounds and per-event settings. */
export const AgendaData = z.strictObject({
  items: z.array(AgendaItem),
  rounds: z.array(AwardRound),
  settings: z.array(AgendaSettings).default([])
})
export type AgendaData = z.infer<typeof AgendaData>

export const emptyAgendaData = (): AgendaData => ({ items: [], rounds: [], settings: [] })
