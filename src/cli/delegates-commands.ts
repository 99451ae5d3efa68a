import { parseArgs } from 'node:util'
import type { Delegate, DelegateCategory, DelegateWarning } from '../shared/delegates/entities'
import { delegateNameInput } from '../shared/delegates/records'
import { sortByVietnameseName } from '../shared/text'
import type { CliCommand } from './cli-command'

const usage = 'delegates --event ID [--json] [--data-dir DIR]   list an event’s delegates'

export const delegatesCommands: Record<string, CliCommand> = {
  delegates: {
    help: usage,
    async run(args, io, tools) {
      const { values } = parseArgs({
        args,
        options: {
          event: { type: 'string' },
          json: { type: 'boolean', default: false },
          'data-dir': { type: 'string' }
        },
        strict: true
      })
      if (!values.event) {
        io.err(`usage: dais ${usage}`)
        return 2
      }
      const eventId = values.event
      return tools.withService(tools.dataDir(values['data-dir']), async (service) => {
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
  }
}
