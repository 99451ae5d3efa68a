import { writeFileOut } from './file-out'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { AppService } from '../core/app-service'
import type { FileOut } from '@shared/contract-part'
import type { RosterSummary } from '@shared/rosters/entities'
import {
  rosterColumnKeys,
  rosterPdfKinds,
  rosterPrintOrders,
  type RosterColumnKey,
  type RosterPdfKind,
  type RosterPrintOrder
} from '@shared/rosters/records'
import { duplicateKey } from '@shared/text'
import type { CliCommand, CliTools, Io } from './cli-command'

/** A roster by id, or by name (case, accents as typed and spacing do not matter). */
async function findRoster(
  s: AppService,
  tools: CliTools,
  io: Io,
  eventId: string,
  idOrName: string
): Promise<RosterSummary | undefined> {
  const rosters = tools.unwrap(await s.dispatch('listRosters', { eventId })) as
    RosterSummary[] | undefined
  if (!rosters) return undefined
  const found =
    rosters.find((r) => r.id === idOrName) ??
    rosters.find((r) => duplicateKey(r.name) === duplicateKey(idOrName))
  if (!found)
    io.err(
      `NOT_FOUND: no roster "${idOrName}" in this event. Rosters:\n${rosters
        .map((r) => `  ${r.id}  ${r.name}`)
        .join('\n')}`
    )
  return found
}

/** `--version N`: a roster version number, from 1. */
function versionOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const version = Number(value)
  if (!(Number.isInteger(version) && version >= 1))
    throw new Error('--version must be a whole number from 1')
  return version
}

const oneOf = <T extends string>(list: readonly T[], value: string, what: string): T => {
  if (!(list as readonly string[]).includes(value))
    throw new Error(`--${what} must be one of: ${list.join(', ')}`)
  return value as T
}

const rosterPdf: CliCommand = {
  help: 'roster-pdf --event ID --roster ID|NAME [--version N] [--kind list|attendance|composition] [--columns stt,fullName,...] [--order name|roster] -o OUT.pdf',
  async run(args, io, tools) {
    let options
    try {
      const { values } = parseArgs({
        args,
        options: {
          event: { type: 'string' },
          roster: { type: 'string' },
          version: { type: 'string' },
          kind: { type: 'string', default: 'list' },
          columns: { type: 'string' },
          order: { type: 'string', default: 'name' },
          out: { type: 'string', short: 'o' }
        }
      })
      if (!values.event || !values.roster || !values.out)
        throw new Error('--event, --roster and -o are required')
      options = {
        event: values.event,
        roster: values.roster,
        version: versionOption(values.version),
        kind: oneOf<RosterPdfKind>(rosterPdfKinds, values.kind, 'kind'),
        order: oneOf<RosterPrintOrder>(rosterPrintOrders, values.order, 'order'),
        columns: values.columns
          ?.split(',')
          .map((c) => oneOf<RosterColumnKey>(rosterColumnKeys, c.trim(), 'columns')),
        out: resolve(values.out)
      }
    } catch (error) {
      io.err(
        `${error instanceof Error ? error.message : String(error)}\n\nUsage: dais ${rosterPdf.help}`
      )
      return 2
    }
    const o = options
    return tools.withService(tools.dataDir(), async (s) => {
      const roster = await findRoster(s, tools, io, o.event, o.roster)
      if (!roster) return 1
      const file = tools.unwrap(
        await s.dispatch('renderRosterPdf', {
          rosterId: roster.id,
          ...(o.version === undefined ? {} : { version: o.version }),
          options: {
            kind: o.kind,
            order: o.order,
            ...(o.columns ? { columns: o.columns } : {})
          }
        })
      ) as FileOut | undefined
      if (!file) return 1
      const size = writeFileOut(o.out, file)
      io.out(`Wrote ${o.out} (${size} bytes): ${roster.name}, ${o.kind}`)
      return 0
    })
  }
}

const rosterExport: CliCommand = {
  help: 'export --event ID --roster ID|NAME [--version N] --format xlsx|csv -o OUT',
  async run(args, io, tools) {
    let options
    try {
      const { values } = parseArgs({
        args,
        options: {
          event: { type: 'string' },
          roster: { type: 'string' },
          version: { type: 'string' },
          format: { type: 'string' },
          out: { type: 'string', short: 'o' }
        }
      })
      if (!values.event || !values.roster || !values.out || !values.format)
        throw new Error('--event, --roster, --format and -o are required')
      options = {
        event: values.event,
        roster: values.roster,
        version: versionOption(values.version),
        format: oneOf(['xlsx', 'csv'] as const, values.format, 'format'),
        out: resolve(values.out)
      }
    } catch (error) {
      io.err(
        `${error instanceof Error ? error.message : String(error)}\n\nUsage: dais ${rosterExport.help}`
      )
      return 2
    }
    const o = options
    return tools.withService(tools.dataDir(), async (s) => {
      const roster = await findRoster(s, tools, io, o.event, o.roster)
      if (!roster) return 1
      const file = tools.unwrap(
        await s.dispatch('exportRoster', {
          rosterId: roster.id,
          format: o.format,
          ...(o.version === undefined ? {} : { version: o.version })
        })
      ) as FileOut | undefined
      if (!file) return 1
      const size = writeFileOut(o.out, file)
      io.out(`Wrote ${o.out} (${size} bytes): ${roster.name}, ${o.format}`)
      return 0
    })
  }
}

export const rostersCommands: Record<string, CliCommand> = {
  'roster-pdf': rosterPdf,
  export: rosterExport
}
