import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CheckInOutcome } from '@shared/attendance/entities'
import type { CheckInCodeEntry, CheckInVerdict } from '@shared/cards/entities'
import { hallClock } from '@shared/attendance/desk-words'
import { attendanceLine } from '@shared/attendance/quorum'
import type { FileOut } from '@shared/contract-part'
import type { CliCommand } from './cli-command'
import { finishWithFile } from './file-out'
import { parseOrUsage } from './parse-or-usage'

const checkInUsage =
  'check-in --event ID [--desk NAME] CODE…   check in the codes as the cards’ QR codes carry them'
const reportUsage =
  'credentials-report --event ID [--chair NAME] -o FILE.pdf   Báo cáo thẩm tra tư cách đại biểu and the absentees'

const codesUsage =
  'check-in-codes --event ID [--json]   every card’s check-in code, by delegate number'
const verifyUsage =
  'verify-code --event ID CODE… [--json]   what each code is (valid, revoked, forged, unknown, malformed), checking nobody in'

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
      const parsed = parseOrUsage(io, checkInUsage, () => {
        const p = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            desk: { type: 'string', default: 'Dòng lệnh' }
          },
          allowPositionals: true,
          strict: true
        })
        if (!p.values.event || p.positionals.length === 0)
          throw new Error('--event and at least one CODE are required')
        return p
      })
      if (!parsed) return 2
      const { values, positionals } = parsed
      return tools.withService(tools.dataDir(), async (service) => {
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
      const values = parseOrUsage(io, reportUsage, () => {
        const p = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            chair: { type: 'string' },
            out: { type: 'string', short: 'o' }
          },
          strict: true
        }).values
        if (!p.event || !p.out) throw new Error('--event and -o are required')
        return { ...p, event: p.event, out: p.out }
      })
      if (!values) return 2
      const { event, chair, out } = values
      return tools.withService(tools.dataDir(), async (service) => {
        const file = tools.unwrap(
          await service.dispatch('renderCredentialsReport', {
            eventId: event,
            ...(chair !== undefined ? { chairName: chair } : {})
          })
        ) as FileOut | undefined
        return finishWithFile(io, resolve(out), file)
      })
    }
  },
  'check-in-codes': {
    help: codesUsage,
    async run(args, io, tools) {
      const values = parseOrUsage(io, codesUsage, () => {
        const p = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            json: { type: 'boolean', default: false }
          },
          strict: true
        }).values
        if (!p.event) throw new Error('--event is required')
        return { ...p, event: p.event }
      })
      if (!values) return 2
      const eventId = values.event
      const json = values.json
      return tools.withService(tools.dataDir(), async (service) => {
        const codes = tools.unwrap(await service.dispatch('listCheckInCodes', { eventId })) as
          CheckInCodeEntry[] | undefined
        if (!codes) return 1
        if (json) io.out(JSON.stringify(codes, null, 2))
        else for (const c of codes) io.out(`${c.number}\t${c.code}`)
        return 0
      })
    }
  },
  'verify-code': {
    help: verifyUsage,
    async run(args, io, tools) {
      const parsed = parseOrUsage(io, verifyUsage, () => {
        const p = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            json: { type: 'boolean', default: false }
          },
          allowPositionals: true,
          strict: true
        })
        if (!p.values.event || p.positionals.length === 0)
          throw new Error('--event and at least one CODE are required')
        return p
      })
      if (!parsed) return 2
      const { values, positionals } = parsed
      return tools.withService(tools.dataDir(), async (service) => {
        const verdicts: (CheckInVerdict & { code: string })[] = []
        for (const code of positionals) {
          const v = tools.unwrap(
            await service.dispatch('verifyCheckInCode', { eventId: values.event!, code })
          ) as CheckInVerdict | undefined
          if (!v) return 1
          verdicts.push({ code, ...v })
        }
        if (values.json) io.out(JSON.stringify(verdicts, null, 2))
        else
          for (const v of verdicts)
            io.out(
              `${v.code}\t${v.status}${v.fullName !== null ? `\t${v.number} ${v.fullName}` : ''}`
            )
        return verdicts.every((v) => v.status === 'valid') ? 0 : 1
      })
    }
  }
}
