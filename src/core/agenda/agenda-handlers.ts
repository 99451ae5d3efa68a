import type { agendaMethodNames } from '@shared/agenda/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { agendaItemHandlers } from './agenda-item-handlers'
import { agendaRunHandlers } from './agenda-run-handlers'
import { awardRoundHandlers } from './award-round-handlers'

/** The agenda feature's handlers: its sub-features' groups combined, plus the documents. */
export function agendaHandlers(deps: FeatureDeps): HandlerGroup<typeof agendaMethodNames> {
  const { read, ctx } = deps
  return {
    ...agendaItemHandlers(deps),
    ...awardRoundHandlers(deps),
    ...agendaRunHandlers(deps),
    renderAgendaDocument: async ({ eventId, kind }) => {
      // Loaded on first use: pdfkit stays out of the start-up path.
      const { renderAgendaDocument } = await import('./agenda-documents')
      return renderAgendaDocument(read(), ctx, eventId, kind)
    }
  }
}
