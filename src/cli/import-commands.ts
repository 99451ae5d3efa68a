import { readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { previewSpreadsheet } from '../core/io/preview'
import type { ImportProblem } from '@shared/import/entities'
import { describeImportProblem, importKinds, type ImportKind } from '@shared/import/records'
import { AppError } from '@shared/result'
import type { CliCommand } from './cli-command'

const where = (p: ImportProblem) =>
  p.row === 0 ? p.sheet : `${p.sheet}!${p.column}${p.row}${p.field ? ` (${p.field})` : ''}`

/** `dais import-check FILE --kind delegates|honorees|units|households [--json] [--lang vi|en]`: reads, writes nothing. */
const importCheck: CliCommand = {
  help: 'import-check FILE --kind delegates|honorees|units|households [--json] [--lang vi|en]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        kind: { type: 'string', default: 'delegates' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'vi' }
      }
    })
    const file = positionals[0]
    const kind = values.kind as ImportKind
    if (!file || !importKinds.includes(kind)) {
      io.err(`usage: dais ${importCheck.help}`)
      return 2
    }
    const language = values.lang === 'en' ? 'en' : 'vi'
    let bytes: Buffer
    try {
      if (statSync(file).size > 60 * 1024 * 1024) throw new Error('larger than 60 MB')
      bytes = readFileSync(file)
    } catch (error) {
      io.err(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
      return 2
    }
    try {
      const { preview } = await previewSpreadsheet({
        fileName: file.split(/[\\/]/).pop() ?? file,
        bytes,
        kind,
        context: { existingNames: [], categories: [] }
      })
      const problems = [...preview.fileProblems, ...preview.rows.flatMap((r) => r.problems)]
      const errors = problems.filter((p) => p.severity === 'error').length
      if (values.json) {
        const described = (p: ImportProblem) => ({
          ...p,
          message: describeImportProblem(p, language)
        })
        io.out(
          JSON.stringify(
            {
              ...preview,
              fileProblems: preview.fileProblems.map(described),
              rows: preview.rows.map((r) => ({ ...r, problems: r.problems.map(described) }))
            },
            null,
            2
          )
        )
        return errors > 0 ? 1 : 0
      }
      const s = preview.summary
      io.out(
        `${s.fileName}: ${s.format}${s.encoding ? ` (${s.encoding})` : ''}, sheet "${s.sheet}", header rows ${s.headerRows.join('+') || '-'}${s.date1904 ? ', 1904 dates' : ''}`
      )
      io.out('Mapping:')
      for (const m of preview.mapping)
        io.out(`  ${m.letter.padEnd(3)} ${m.header} → ${m.field ?? '(ignored)'}`)
      io.out(`Rows (${preview.rows.length}):`)
      const nameField = kind === 'delegates' ? 'fullName' : 'name'
      for (const r of preview.rows) {
        const flags = [r.skip ? 'skipped' : '', r.hidden ? 'hidden' : ''].filter(Boolean).join(', ')
        const rest = Object.entries(r.values)
          .filter(([k, v]) => k !== nameField && v !== '')
          .map(([k, v]) => `${k}=${v}`)
          .join('; ')
        io.out(
          `  ${String(r.sheetRow).padStart(5)}  ${r.values[nameField] ?? ''}${flags ? ` [${flags}]` : ''}  ${rest}`
        )
      }
      io.out(`Problems (${problems.length}, ${errors} errors):`)
      for (const p of problems)
        io.out(`  ${p.severity.padEnd(7)} ${where(p)}: ${describeImportProblem(p, language)}`)
      io.out('Nothing was written.')
      return errors > 0 ? 1 : 0
    } catch (error) {
      if (error instanceof AppError) {
        io.err(`${error.code}: ${error.message}`)
        return 2
      }
      throw error
    }
  }
}

export const importCommands: Record<string, CliCommand> = { 'import-check': importCheck }
