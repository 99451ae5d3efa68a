import { resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { FileOut } from '@shared/contract-part'
import type { EmulationTitle, HouseholdTally, Registration, Unit } from '@shared/movement/entities'
import type { MovementProgress } from '@shared/movement/progress'
import { formatShare, goalLabel } from '@shared/movement/target-math'
import type { CliCommand } from './cli-command'
import { writeFileOut } from './file-out'

// a bad option throws; runCli answers it with the usage and exit code 2
const parse = (args: string[], options: NonNullable<ParseArgsConfig['options']>) =>
  parseArgs({ args, allowPositionals: false, options })

const usage = 'usage: dais progress [--movement ID] [--year YYYY] [--json] [-o FILE.pdf]'
const registrationsHelp =
  'registrations --year YYYY [--json]   the year’s title registrations and household tallies'
const registrationsUsage = `usage: dais ${registrationsHelp}`

/** "2. Tổ dân phố đạt … | > 95 % by 2030 | 2026: 19/20 = 95 % | NOT MET (short by 1)". */
export function progressLines(p: MovementProgress): string[] {
  const lines = [`${p.title} — ${p.year}`]
  p.targets.forEach((t, i) => {
    const c = t.current
    const value = c.hasData
      ? `${c.count}/${c.total} = ${formatShare(c, t.target.percent)} %`
      : 'no data'
    const verdict = c.met === null ? 'NO DATA' : c.met ? 'MET' : 'NOT MET'
    const short = c.met === false && t.shortfall ? ` (short by ${t.shortfall})` : ''
    lines.push(
      `${i + 1}. ${t.target.label}\t${goalLabel(t.target.comparison, t.target.percent)} by ${t.target.deadlineYear}\t${p.year}: ${value}\t${verdict}${short}`
    )
    if (c.met === false)
      for (const u of t.lagging.slice(0, 10))
        lines.push(
          `     - ${u.name}: ${u.status}${u.reason ? ` (${u.reason})` : ''}${u.missing !== undefined ? `, ${u.missing} more needed` : ''}`
        )
  })
  return lines
}

export const movementCommands: Record<string, CliCommand> = {
  progress: {
    help: 'progress [--movement ID] [--year YYYY] [--json] [-o FILE.pdf]   the movement\u2019s targets that year',
    run: async (args, io, tools) => {
      const p = parse(args, {
        json: { type: 'boolean', default: false },
        movement: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string', short: 'o' }
      })
      const yearText = p.values.year as string | undefined
      if (yearText !== undefined && !/^\d{4}$/.test(yearText))
        return (io.err(`--year: expected a year such as 2026, got "${yearText}"\n${usage}`), 2)
      const query = {
        ...(p.values.movement ? { movementId: p.values.movement as string } : {}),
        ...(yearText ? { year: Number(yearText) } : {})
      }
      return tools.withService(tools.dataDir(), async (s) => {
        const out = p.values.out as string | undefined
        if (out) {
          const file = tools.unwrap(await s.dispatch('exportProgressPdf', query)) as
            FileOut | undefined
          if (!file) return 1
          writeFileOut(resolve(out), file)
          io.out(`Wrote ${resolve(out)}`)
          return 0
        }
        const progress = tools.unwrap(await s.dispatch('getProgress', query)) as
          MovementProgress | undefined
        if (!progress) return 1
        if (p.values.json) io.out(JSON.stringify(progress, null, 2))
        else for (const line of progressLines(progress)) io.out(line)
        return 0
      })
    }
  },
  registrations: {
    help: registrationsHelp,
    run: async (args, io, tools) => {
      const p = parse(args, {
        json: { type: 'boolean', default: false },
        year: { type: 'string' }
      })
      const yearText = p.values.year as string | undefined
      if (yearText === undefined || !/^\d{4}$/.test(yearText))
        return (
          io.err(
            `--year: expected a year such as 2026, got "${yearText ?? ''}"\n${registrationsUsage}`
          ),
          2
        )
      const year = Number(yearText)
      return tools.withService(tools.dataDir(), async (s) => {
        const registrations = tools.unwrap(await s.dispatch('listRegistrations', { year })) as
          Registration[] | undefined
        const tallies = tools.unwrap(await s.dispatch('listHouseholdTallies', { year })) as
          HouseholdTally[] | undefined
        const units = tools.unwrap(await s.dispatch('listUnits', {})) as Unit[] | undefined
        const titles = tools.unwrap(await s.dispatch('listEmulationTitles', {})) as
          EmulationTitle[] | undefined
        if (!registrations || !tallies || !units || !titles) return 1
        if (p.values.json) {
          io.out(JSON.stringify({ year, registrations, tallies }, null, 2))
          return 0
        }
        const unitName = new Map(units.map((u) => [u.id, u.name]))
        const titleName = new Map(titles.map((t) => [t.id, t.name]))
        for (const r of registrations)
          io.out(
            [
              unitName.get(r.unitId) ?? r.unitId,
              titleName.get(r.titleId) ?? r.titleId,
              r.personName,
              r.result,
              r.reason
            ].join('\t')
          )
        for (const t of tallies)
          io.out(
            `${unitName.get(t.unitId) ?? t.unitId}\tGia đình văn hóa ${t.titled}/${t.households}`
          )
        return 0
      })
    }
  }
}
