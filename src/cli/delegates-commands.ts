import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Delegate, DelegateCategory, DelegateWarning } from '@shared/delegates/entities'
import { delegateNameInput } from '@shared/delegates/records'
import { sortByVietnameseName } from '@shared/text'
import type { CliCommand } from './cli-command'
import { describeIssues, readDelegatesFile, type EntryIssue } from './delegates-json'
import { parseOrUsage } from './parse-or-usage'

const usage = 'delegates --event ID [--json] [--data-dir DIR]   list an event’s delegates'

const showUsage = 'delegate ID [--json] [--data-dir DIR]   one delegate, every field'
const addUsage =
  'add-delegates --event ID FILE.json [--json] [--data-dir DIR]   add the delegates of a JSON array ({ "fullName": … } each) in one change'

const delegateLine = (d: Delegate) => [d.number, d.fullName, d.birthYear ?? '', d.unit].join('\t')

const moreCommands: Record<string, CliCommand> = {
  delegate: {
    help: showUsage,
    async run(args, io, tools) {
      const parsed = parseOrUsage(io, showUsage, () => {
        const p = parseArgs({
          args,
          options: { json: { type: 'boolean', default: false } },
          allowPositionals: true,
          strict: true
        })
        if (p.positionals.length !== 1) throw new Error('one delegate ID is required')
        return { id: p.positionals[0]!, ...p.values }
      })
      if (!parsed) return 2
      return tools.withService(tools.dataDir(), async (service) => {
        const d = tools.unwrap(await service.dispatch('getDelegate', { id: parsed.id })) as
          Delegate | undefined
        if (!d) return 1
        io.out(parsed.json ? JSON.stringify(d, null, 2) : delegateLine(d))
        return 0
      })
    }
  },
  'add-delegates': {
    help: addUsage,
    async run(args, io, tools) {
      const parsed = parseOrUsage(io, addUsage, () => {
        const p = parseArgs({
          args,
          options: {
            event: { type: 'string' },
            json: { type: 'boolean', default: false }
          },
          allowPositionals: true,
          strict: true
        })
        if (!p.values.event || p.positionals.length !== 1)
          throw new Error('--event and one FILE.json are required')
        return {
          eventId: p.values.event,
          file: resolve(p.positionals[0]!),
          json: p.values.json
        }
      })
      if (!parsed) return 2
      // The whole file is checked before the data is opened: a refusal writes nothing.
      const read = readDelegatesFile(parsed.file)
      if (!read.ok) {
        for (const line of read.problems) io.err(line)
        return 2
      }
      return tools.withService(tools.dataDir(), async (service) => {
        const result = await service.dispatch('addDelegates', {
          eventId: parsed.eventId,
          delegates: read.delegates
        })
        const entryIssues = result.ok ? [] : issuesInEntries(result.error.details)
        if (!result.ok && result.error.code === 'INVALID_ARGUMENT' && entryIssues.length > 0) {
          const lines = describeIssues(parsed.file, read.text, read.delegates, entryIssues)
          for (const line of lines) io.err(line)
          return 2
        }
        const value = tools.unwrap(result) as { added: Delegate[] } | undefined
        if (!value) return 1
        if (parsed.json) io.out(JSON.stringify(value, null, 2))
        else {
          for (const d of value.added) io.out(delegateLine(d))
          io.out(`Added ${value.added.length} delegates.`)
        }
        return 0
      })
    }
  }
}

/** The issues of a refused addDelegates that concern one entry, its index first in the path. */
function issuesInEntries(details: unknown): EntryIssue[] {
  const issues = (details as { issues?: EntryIssue[] } | undefined)?.issues ?? []
  return issues
    .filter((i) => i.path[0] === 'delegates' && Number.isInteger(Number(i.path[1])))
    .map((i) => ({ path: [Number(i.path[1]), ...i.path.slice(2)], message: i.message }))
}

export const delegatesCommands: Record<string, CliCommand> = {
  delegates: {
    help: usage,
    async run(args, io, tools) {
      const { values } = parseArgs({
        args,
        options: {
          event: { type: 'string' },
          json: { type: 'boolean', default: false }
        },
        strict: true
      })
      if (!values.event) {
        io.err(`usage: dais ${usage}`)
        return 2
      }
      const eventId = values.event
      return tools.withService(tools.dataDir(), async (service) => {
        const delegates = tools.unwrap(await service.dispatch('listDelegates', { eventId }))
        const categories = tools.unwrap(
          await service.dispatch('listDelegateCategories', { eventId })
        )
        const warnings = tools.unwrap(await service.dispatch('listDelegateWarnings', { eventId }))
        if (!delegates || !categories || !warnings) return 1
        const list = delegates as Delegate[]
        const kinds = categories as DelegateCategory[]
        const duplicates = warnings as DelegateWarning[]
        if (values.json) {
          io.out(
            JSON.stringify({ delegates: list, categories: kinds, warnings: duplicates }, null, 2)
          )
          return 0
        }
        const category = new Map(kinds.map((c) => [c.id, c.name]))
        for (const d of sortByVietnameseName(list, delegateNameInput)) {
          const year = d.birthYear ?? ''
          const kind = d.categoryId ? (category.get(d.categoryId) ?? '') : ''
          io.out([d.number, d.fullName, year, d.unit, kind].join('\t'))
        }
        for (const w of duplicates)
          io.err(`warning: possible duplicate "${w.name}" (${w.delegateIds.length} delegates)`)
        return 0
      })
    }
  },
  ...moreCommands
}
