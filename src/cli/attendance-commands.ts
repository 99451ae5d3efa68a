import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CheckInOutcome } from '../shared/attendance/entities'
import { hallClock } from '../shared/attendance/desk-words'
import { attendanceLine } from '../shared/attendance/quorum'
import type { FileOut } from '../shared/contract-part'
import type { CliCommand } from './cli-command'
import { finishWithFile } from './file-out'

const checkInUsage =
  'check-in --event ID [--desk NAME] CODE…   check in the codes as the cards’ QR codes carry them'
const reportUsage =
  'credentials-report --event ID [--chair NAME] -o FILE.pdf   Báo cáo thẩm tra tư cách đại biểu and the absentees'

const refusals = {
  malformed: 'not a check-in code',
  forged: 'forged: the signature does not match',
  revoked: 'revoked: this card was taken back; use the reprinted card',
  unknown: 'no delegate of this event has this number',
  otherEvent: 'a card of another event'
} as const

/** One line per code: who was checked in, or why the code was refused. */
export function outcomeLine(code: string, o: CheckInOutcome): string {
  const who = o.delegate
    ? `${o.delegate.number} ${o.delegate.fullName}${o.delegate.unit ? ` — ${o.delegate.unit}` : ''}`
    : ''
  switch (o.result) {
    case 'checkedIn':
      return `checked in: ${who}`
    case 'already':
      return `already checked in at ${hallClock(o.delegate!.since!)}: ${who}`
    case 'refused': {
      const why = refusals[o.refusal!.reason]
      const other = o.refusal!.otherEventTitle ? ` (${o.refusal!.otherEventTitle})` : ''
      return `refused ${code}: ${why}${other}${who ? ` — ${who}` : ''}`
    }
    default:
      return `${o.result}: ${who}`
  }
}

export const attendanceCommands: Record<string, CliCommand> = {
  'check-in': {
    help: checkInUsage,
    async run(args, io, tools) {
      let parsed
      try {
        parsed = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            desk: { type: 'string', default: 'Dòng lệnh' },
            'data-dir': { type: 'string' }
          },
          allowPositionals: true,
          strict: true
        })
        if (!parsed.values.event || parsed.positionals.length === 0)
          throw new Error('--event and at least one CODE are required')
      } catch (error) {
        io.err(
          `${error instanceof Error ? error.message : String(error)}\n\nUsage: dais ${checkInUsage}`
        )
        return 2
      }
      const { values, positionals } = parsed
      return tools.withService(tools.dataDir(values['data-dir']), async (service) => {
        let refused = 0
        let last: CheckInOutcome | undefined
        for (const code of positionals) {
          const o = tools.unwrap(
            await service.dispatch('checkIn', { eventId: values.event, desk: values.desk, code })
          ) as CheckInOutcome | undefined
          if (!o) return 1
          last = o
          if (o.result === 'refused') {
            refused++
            io.err(outcomeLine(code, o))
          } else io.out(outcomeLine(code, o))
        }
        const f = last!.figures
        io.out(`${attendanceLine(f.present, f.summoned)}.`)
        return refused > 0 ? 1 : 0
      })
    }
  },
  'credentials-report': {
    help: reportUsage,
    async run(args, io, tools) {
      let values
      try {
        values = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            chair: { type: 'string' },
            out: { type: 'string', short: 'o' },
            'data-dir': { type: 'string' }
          },
          strict: true
        }).values
        if (!values.event || !values.out) throw new Error('--event and -o are required')
      } catch (error) {
        io.err(
          `${error instanceof Error ? error.message : String(error)}\n\nUsage: dais ${reportUsage}`
        )
        return 2
      }
      const { event, chair, out } = values
      return tools.withService(tools.dataDir(values['data-dir']), async (service) => {
        const file = tools.unwrap(
          await service.dispatch('renderCredentialsReport', {
            eventId: event,
            ...(chair !== undefined ? { chairName: chair } : {})
          })
        ) as FileOut | undefined
        return finishWithFile(io, resolve(out), file)
      })
    }
  }
}
