import { writeFileOut } from './file-out'
import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { FileOut } from '@shared/contract-part'
import type { Decision, Honoree, RegisterEntry } from '@shared/honours/entities'
import { goodPrints } from '@shared/honours/entities'
import { nameLine } from '@shared/honours/wording'
import type { CliCommand, Io } from './cli-command'

// a bad option throws; runCli answers it with the usage and exit code 2
const parse = (args: string[], _io: Io, options: NonNullable<ParseArgsConfig['options']>) =>
  parseArgs({ args, allowPositionals: true, options })

const common = {
  json: { type: 'boolean', default: false }
} as const

const saveFile = (file: FileOut, out: string, io: Io) => {
  writeFileOut(resolve(out), file)
  io.out(`Wrote ${resolve(out)}`)
}

export const honoursCommands: Record<string, CliCommand> = {
  honorees: {
    help: 'honorees EVENT_ID [--json]            list an event\u2019s honorees by kind',
    run: async (args, io, tools) => {
      const p = parse(args, io, common)
      const eventId = p?.positionals[0]
      if (!p || !eventId) return (io.err('usage: dais honorees EVENT_ID [--json]'), 2)
      return tools.withService(tools.dataDir(), async (s) => {
        const list = tools.unwrap(await s.dispatch('listHonorees', { eventId })) as
          Honoree[] | undefined
        if (!list) return 1
        if (p.values.json) io.out(JSON.stringify(list, null, 2))
        else for (const h of list) io.out(`${h.kind}\t${nameLine(h)}\t${h.positionLine}`)
        return 0
      })
    }
  },

  decisions: {
    help: 'decisions EVENT_ID [--json]           list an event\u2019s decisions',
    run: async (args, io, tools) => {
      const p = parse(args, io, common)
      const eventId = p?.positionals[0]
      if (!p || !eventId) return (io.err('usage: dais decisions EVENT_ID [--json]'), 2)
      return tools.withService(tools.dataDir(), async (s) => {
        const list = tools.unwrap(await s.dispatch('listDecisions', { eventId })) as
          Decision[] | undefined
        if (!list) return 1
        if (p.values.json) io.out(JSON.stringify(list, null, 2))
        else
          for (const d of list) {
            const count =
              d.honoreeIds.collective.length +
              d.honoreeIds.individual.length +
              d.honoreeIds.household.length
            io.out(
              `${d.id}\t${d.number || '-'}/${d.symbol}\t${d.date ?? '-'}\t${d.status}\t${count} honorees`
            )
          }
        return 0
      })
    }
  },

  'issue-decision': {
    help: 'issue-decision DECISION_ID            issue a draft decision and number its certificates',
    run: async (args, io, tools) => {
      const p = parse(args, io, common)
      const id = p?.positionals[0]
      if (!p || !id) return (io.err('usage: dais issue-decision DECISION_ID'), 2)
      return tools.withService(tools.dataDir(), async (s) => {
        const d = tools.unwrap(await s.dispatch('issueDecision', { id })) as Decision | undefined
        if (!d) return 1
        io.out(p.values.json ? JSON.stringify(d, null, 2) : `Issued ${d.number}/${d.symbol}`)
        return 0
      })
    }
  },

  register: {
    help: 'register [--event ID] [--search TEXT] [--xlsx FILE] [--json]   the register of certificates',
    run: async (args, io, tools) => {
      const p = parse(args, io, {
        ...common,
        event: { type: 'string' },
        search: { type: 'string' },
        xlsx: { type: 'string' }
      })
      if (!p) return 2
      const query = {
        ...(p.values.event ? { eventId: p.values.event as string } : {}),
        ...(p.values.search ? { query: p.values.search as string } : {})
      }
      return tools.withService(tools.dataDir(), async (s) => {
        if (p.values.xlsx) {
          const file = tools.unwrap(await s.dispatch('exportRegister', query)) as
            FileOut | undefined
          if (!file) return 1
          saveFile(file, p.values.xlsx as string, io)
          return 0
        }
        const list = tools.unwrap(await s.dispatch('listRegister', query)) as
          RegisterEntry[] | undefined
        if (!list) return 1
        if (p.values.json) io.out(JSON.stringify(list, null, 2))
        else
          for (const e of list)
            io.out(
              `${e.year}\t${e.registerNumber}\t${e.status}\t${e.nameLine}\t${goodPrints(e)} print(s)`
            )
        return 0
      })
    }
  },

  'decision-pdf': {
    help: 'decision-pdf DECISION_ID --out FILE   the decision with its attached list as PDF',
    run: async (args, io, tools) => {
      const p = parse(args, io, { ...common, out: { type: 'string' } })
      const id = p?.positionals[0]
      if (!p || !id || !p.values.out)
        return (io.err('usage: dais decision-pdf DECISION_ID --out FILE'), 2)
      return tools.withService(tools.dataDir(), async (s) => {
        const file = tools.unwrap(await s.dispatch('exportDecisionPdf', { id })) as
          FileOut | undefined
        if (!file) return 1
        saveFile(file, p.values.out as string, io)
        return 0
      })
    }
  }
}
