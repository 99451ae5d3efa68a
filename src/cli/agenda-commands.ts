import { writeFileOut } from './file-out'
import { parseArgs } from 'node:util'
import type { AgendaOverview } from '@shared/agenda/contract'
import { computeSchedule, formatClock } from '@shared/agenda/clock'
import { agendaDocumentKinds, type AgendaDocumentKind } from '@shared/agenda/records'
import type { FileOut } from '@shared/contract-part'
import type { Event } from '@shared/entities'
import type { CliCommand } from './cli-command'

const kinds = agendaDocumentKinds.join('|')

export const agendaCommands: Record<string, CliCommand> = {
  'agenda-show': {
    help: 'agenda-show EVENT_ID [--data-dir DIR]   the programme with computed times',
    async run(args, io, tools) {
      const { positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {}
      })
      const eventId = positionals[0]
      if (!eventId) {
        io.err('agenda-show: give the event id')
        return 2
      }
      return tools.withService(tools.dataDir(), async (s) => {
        const event = tools.unwrap(await s.dispatch('getEvent', { id: eventId })) as
          Event | undefined
        const agenda = tools.unwrap(await s.dispatch('getAgenda', { eventId })) as
          AgendaOverview | undefined
        if (!event || !agenda) return 1
        const schedule = computeSchedule({
          date: event.date,
          startTime: event.startTime,
          plannedEnd: agenda.settings.plannedEnd,
          items: agenda.items
        })
        agenda.items.forEach((item, i) => {
          const at = schedule.items[i]
          io.out(
            `${formatClock(at?.start ?? 0)}  ${String(item.durationMinutes).padStart(3)}′  ${item.title}`
          )
        })
        if (schedule.overrunMinutes > 0)
          io.out(`over the planned end by ${schedule.overrunMinutes} min`)
        return 0
      })
    }
  },
  'agenda-pdf': {
    help: `agenda-pdf EVENT_ID --kind ${kinds} --out FILE.pdf [--data-dir DIR]`,
    async run(args, io, tools) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          kind: { type: 'string' },
          out: { type: 'string' }
        }
      })
      const eventId = positionals[0]
      const kind = values.kind as AgendaDocumentKind | undefined
      if (!eventId || !kind || !agendaDocumentKinds.includes(kind) || !values.out) {
        io.err(`usage: ${agendaCommands['agenda-pdf']?.help ?? ''}`)
        return 2
      }
      const out = values.out
      return tools.withService(tools.dataDir(), async (s) => {
        const file = tools.unwrap(await s.dispatch('renderAgendaDocument', { eventId, kind })) as
          FileOut | undefined
        if (!file) return 1
        writeFileOut(out, file)
        io.out(`${out} (${file.fileName})`)
        return 0
      })
    }
  }
}
