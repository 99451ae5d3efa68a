import { writeFileOut } from './file-out'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { AppService } from '../core/app-service'
import { renderBatch } from '../core/certificates/batch'
import { renderCalibrationPdf } from '../core/certificates/calibration'
import { parsePositions } from '../core/certificates/certificate-order'
import { createFontSet } from '../core/certificates/fonts'
import { parseTemplateFile } from '../core/certificates/templates'
import type { CertificateOrderEntry, LayoutWarning } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import type { FileOut } from '@shared/contract-part'
import type { Decision, RegisterEntry } from '@shared/honours/entities'
import type { Organisation } from '@shared/entities'
import { AppError, type Result } from '@shared/result'
import type { CliCommand, CliTools, Io, ServiceFeatures } from './cli-command'
import { readPrintSettings, type PrintSettings } from './print-settings'
import { honoreeItemsFromSheet } from './sheet-certificates'

const paperSizes: Record<string, [number, number]> = {
  A5: [148, 210],
  A4: [210, 297],
  A3: [297, 420]
}

const problemLines = (problems: LayoutWarning[]) =>
  problems.slice(0, 50).map((p) => `  ${p.kind} · ${p.honoreeId ?? '—'} · ${p.message}`)

function reportError(io: Io, result: Result<unknown>) {
  if (result.ok) return
  io.err(`${result.error.code}: ${result.error.message}`)
  const problems = (result.error.details as { problems?: LayoutWarning[] } | undefined)?.problems
  if (problems) problemLines(problems).forEach((l) => io.err(l))
}

async function call<T>(
  s: AppService,
  io: Io,
  method: string,
  arg: unknown
): Promise<T | undefined> {
  const r = await s.dispatch(method, arg)
  if (!r.ok) {
    reportError(io, r)
    return undefined
  }
  return r.value as T
}

/** A template of `list` by id or name (exact, then case-insensitive); says which exist otherwise. */
function findTemplateIn(list: Template[], io: Io, spec: string): Template | undefined {
  const found =
    list.find((t) => t.id === spec || t.name === spec) ??
    list.find((t) => t.name.toLowerCase() === spec.normalize('NFC').toLowerCase())
  if (!found)
    io.err(`No template "${spec}". Templates: ${list.map((t) => `"${t.name}"`).join(', ')}`)
  return found
}

function findProfileIn(list: PrinterProfile[], io: Io, spec: string | undefined) {
  if (!spec) return { ok: true as const, profile: null }
  const found = list.find((p) => p.id === spec || p.name === spec) ?? null
  if (!found) io.err(`No printer profile "${spec}".`)
  return found ? { ok: true as const, profile: found } : { ok: false as const, profile: null }
}

/** A template by id or name, or a template file. */
async function resolveTemplate(s: AppService, io: Io, spec: string): Promise<Template | undefined> {
  if (existsSync(spec)) return parseTemplateFile(readFileSync(spec), spec)
  const list = await call<Template[]>(s, io, 'listTemplates', {})
  return list && findTemplateIn(list, io, spec)
}

async function resolveProfile(s: AppService, io: Io, spec: string | undefined) {
  if (!spec) return { ok: true as const, profile: null }
  const list = await call<PrinterProfile[]>(s, io, 'listPrinterProfiles', {})
  return list ? findProfileIn(list, io, spec) : { ok: false as const, profile: null }
}

/** The print settings as the opened service answers them. */
async function settingsOf(s: AppService, io: Io): Promise<PrintSettings | undefined> {
  const organisation = await call<Organisation>(s, io, 'getOrganisation', {})
  const templates = organisation && (await call<Template[]>(s, io, 'listTemplates', {}))
  const profiles = templates && (await call<PrinterProfile[]>(s, io, 'listPrinterProfiles', {}))
  return organisation && templates && profiles ? { organisation, templates, profiles } : undefined
}

/** Runs `use`, answering an expected failure (AppError) with its code, message and problems. */
async function answering(io: Io, use: () => Promise<number>): Promise<number> {
  try {
    return await use()
  } catch (e) {
    if (!(e instanceof AppError)) throw e
    reportError(io, { ok: false, error: { code: e.code, message: e.message, details: e.details } })
    return 1
  }
}

/** The event's decision named by id or number, or its only one; says what to choose otherwise. */
async function chooseDecision(
  s: AppService,
  io: Io,
  eventId: string,
  spec: string | undefined
): Promise<Decision | undefined> {
  const decisions = await call<Decision[]>(s, io, 'listDecisions', { eventId })
  if (!decisions) return undefined
  const decision = spec
    ? decisions.find((d) => d.id === spec || d.number === spec)
    : decisions.length === 1
      ? decisions[0]
      : undefined
  if (!decision)
    io.err(
      decisions.length
        ? `Choose a decision with --decision: ${decisions.map((d) => `${d.id} (số ${d.number || '—'})`).join(', ')}`
        : 'The event has no decision.'
    )
  return decision
}

const certificates: CliCommand = {
  help: 'certificates --event ID [--decision ID] | --honorees FILE.xlsx  --template NAME|FILE [--profile NAME] [--only 3,7-9] [--test-copy] [--confirm-overflow] -o OUT.pdf|OUT.zip (making the file records nothing: tell Dais what came out right with `dais printed`)',
  async run(args, io, tools) {
    // a bad option throws; runCli answers it with the usage and exit code 2
    const values = parseArgs({
      args,
      options: {
        event: { type: 'string' },
        decision: { type: 'string' },
        honorees: { type: 'string' },
        template: { type: 'string' },
        profile: { type: 'string' },
        only: { type: 'string' },
        'test-copy': { type: 'boolean', default: false },
        'confirm-overflow': { type: 'boolean', default: false },
        'decision-number': { type: 'string' },
        'decision-date': { type: 'string' },
        output: { type: 'string', short: 'o' }
      }
    }).values
    const out = values.output
    if (!out || !values.template || !(values.event || values.honorees)) {
      io.err(`usage: dais ${certificates.help}`)
      return 2
    }
    let only: number[] | undefined
    try {
      only = values.only ? parsePositions(values.only) : undefined
    } catch (e) {
      io.err(e instanceof AppError ? e.message : String(e))
      return 2
    }
    const output = out.toLowerCase().endsWith('.zip') ? 'zip' : 'single'
    const dataDir = tools.dataDir()
    if (values.honorees) {
      const sheet: SheetPrint = {
        file: values.honorees,
        template: values.template,
        profile: values.profile,
        only,
        output,
        out,
        testCopy: values['test-copy']!,
        confirmOverflow: values['confirm-overflow']!,
        decisionNumber: values['decision-number'] ?? '',
        decisionDate: values['decision-date'] ?? null
      }
      // a data folder read as it is, when it can be: nothing else to open, lock or write
      const settings = await readPrintSettings(dataDir, tools.resourcesDir)
      if (settings) return answering(io, () => fromSpreadsheet(io, tools, settings, sheet))
      return tools.withService(
        dataDir,
        (s) =>
          answering(io, async () => {
            const opened = await settingsOf(s, io)
            return opened ? fromSpreadsheet(io, tools, opened, sheet) : 1
          }),
        await settingsFeatures()
      )
    }
    const [{ honoursHandlers }, features] = await Promise.all([
      import('../core/honours'),
      settingsFeatures()
    ])
    return tools.withService(
      dataDir,
      (s) =>
        answering(io, async () => {
          const template = await resolveTemplate(s, io, values.template!)
          if (!template) return 1
          const profile = await resolveProfile(s, io, values.profile)
          if (!profile.ok) return 1
          const decision = await chooseDecision(s, io, values.event!, values.decision)
          if (!decision) return 1
          let templateId = template.id
          if (existsSync(values.template!)) {
            const imported = await call<Template>(s, io, 'importTemplate', {
              file: {
                fileName: values.template,
                contentBase64: readFileSync(values.template!).toString('base64')
              }
            })
            if (!imported) return 1
            templateId = imported.id
            io.out(`Template file imported as "${imported.name}".`)
          }
          const file = await call<FileOut>(s, io, 'renderCertificateBatch', {
            jobId: `cli-${process.pid}`,
            decisionId: decision.id,
            templateId,
            profileId: profile.profile?.id ?? null,
            ...(only ? { only } : {}),
            output,
            plainPaperTest: values['test-copy'],
            confirmOverflow: values['confirm-overflow']
          })
          if (!file) return 1
          writeFileOut(out, file)
          io.out(`${out} written.`)
          return 0
        }),
      (deps) => ({ ...features(deps), ...honoursHandlers(deps) })
    )
  }
}

/** The handlers print settings are read through: the organisation's and the certificates'. */
async function settingsFeatures(): Promise<ServiceFeatures> {
  const [{ certificatesHandlers }, { organisationHandlers }] = await Promise.all([
    import('../core/certificates'),
    import('../core/organisation')
  ])
  return (deps) => ({ ...organisationHandlers(deps), ...certificatesHandlers(deps) })
}

/** What `dais certificates --honorees` was asked to print. */
interface SheetPrint {
  file: string
  /** A template's id or name, or a template file. */
  template: string
  profile: string | undefined
  only: number[] | undefined
  output: 'single' | 'zip'
  out: string
  testCopy: boolean
  confirmOverflow: boolean
  decisionNumber: string
  decisionDate: string | null
}

/** Certificates straight from a spreadsheet of honorees: nothing is stored in the data folder. */
async function fromSpreadsheet(
  io: Io,
  tools: CliTools,
  settings: PrintSettings,
  o: SheetPrint
): Promise<number> {
  const template = existsSync(o.template)
    ? parseTemplateFile(readFileSync(o.template), o.template)
    : findTemplateIn(settings.templates, io, o.template)
  if (!template) return 1
  const profile = findProfileIn(settings.profiles, io, o.profile)
  if (!profile.ok) return 1
  const { organisation } = settings
  const read = await honoreeItemsFromSheet({
    file: o.file,
    organisation,
    decisionNumber: o.decisionNumber,
    decisionDate: o.decisionDate,
    only: o.only,
    language: template.language ?? 'vi'
  })
  if ('error' in read) {
    io.err(read.error)
    return 1
  }
  const { items } = read
  const fonts = createFontSet(tools.resourcesDir, tmpdir(), [])
  const dir = mkdtempSync(join(tmpdir(), 'dais-cli-'))
  try {
    const target = join(dir, o.output === 'zip' ? 'out.zip' : 'out.pdf')
    await renderBatch({
      template,
      fonts,
      profile: profile.profile,
      plainPaperTest: o.testCopy,
      items,
      output: o.output,
      title: template.name,
      creationDate: new Date(),
      targetPath: target,
      check: { confirmOverflow: o.confirmOverflow }
    })
    copyFileSync(target, o.out)
  } catch (e) {
    const problems = (e instanceof AppError && e.code === 'INCOMPLETE' && e.details) as
      { problems?: LayoutWarning[] } | false
    if (!problems || !problems.problems) throw e
    const blocking = problems.problems.filter(
      (p) => p.kind === 'glyphs' || (p.kind === 'overflow' && !o.confirmOverflow)
    )
    io.err(
      `INCOMPLETE: ${blocking.length} text(s) cannot be printed as they are (use --confirm-overflow for overflows):`
    )
    problemLines(blocking).forEach((l) => io.err(l))
    return 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  io.out(`${o.out} written (${items.length} certificates).`)
  return 0
}

const calibrationSheet: CliCommand = {
  help: 'calibration-sheet --size A4|A3|A5|WxH (mm) [--landscape] [--profile NAME] -o OUT.pdf',
  async run(args, io, tools) {
    // a bad option throws; runCli answers it with the usage and exit code 2
    const values = parseArgs({
      args,
      options: {
        size: { type: 'string', default: 'A4' },
        landscape: { type: 'boolean', default: false },
        profile: { type: 'string' },
        output: { type: 'string', short: 'o' }
      }
    }).values
    const size = values.size!.toUpperCase()
    const custom = /^(\d+(?:\.\d+)?)X(\d+(?:\.\d+)?)$/.exec(size)
    const dims = paperSizes[size] ?? (custom ? [Number(custom[1]), Number(custom[2])] : undefined)
    if (!dims || !values.output) {
      io.err(`usage: dais ${calibrationSheet.help}`)
      return 2
    }
    const [w, h] = values.landscape ? [Math.max(...dims), Math.min(...dims)] : dims
    if (!values.profile) {
      const bytes = await renderCalibrationPdf({
        widthMm: w!,
        heightMm: h!,
        fonts: createFontSet(tools.resourcesDir, tmpdir(), []),
        profile: null,
        creationDate: new Date()
      })
      writeFileSync(values.output, bytes)
      io.out(`${values.output} written (${w} × ${h} mm). Print it at Actual size / 100 %.`)
      return 0
    }
    return tools.withService(tools.dataDir(), async (s) => {
      const profile = await resolveProfile(s, io, values.profile)
      if (!profile.ok) return 1
      const file = await call<FileOut>(s, io, 'renderCalibrationSheet', {
        widthMm: w,
        heightMm: h,
        profileId: profile.profile?.id ?? null
      })
      if (!file) return 1
      writeFileOut(values.output!, file)
      io.out(`${values.output} written (${w} × ${h} mm). Print it at Actual size / 100 %.`)
      return 0
    })
  }
}

/** Records in the register which certificates came out of the printer right, and which spoiled. */
const printed: CliCommand = {
  help: 'printed --event ID [--decision ID] [--pages 1-30,32] [--spoiled 31 --reason TEXT] [--reprint-reason TEXT]  (positions in print order, as `dais certificates --only` takes them)',
  async run(args, io, tools) {
    // a bad option throws; runCli answers it with the usage and exit code 2
    const values = parseArgs({
      args,
      options: {
        event: { type: 'string' },
        decision: { type: 'string' },
        pages: { type: 'string' },
        spoiled: { type: 'string' },
        reason: { type: 'string' },
        'reprint-reason': { type: 'string' }
      }
    }).values
    if (!values.event || !(values.pages || values.spoiled)) {
      io.err(`usage: dais ${printed.help}`)
      return 2
    }
    if (values.spoiled && !values.reason?.trim()) {
      io.err('A spoiled sheet needs a reason: --reason "Kẹt giấy".')
      return 2
    }
    let pages: number[] = []
    let spoiled: number[] = []
    try {
      if (values.pages) pages = parsePositions(values.pages)
      if (values.spoiled) spoiled = parsePositions(values.spoiled)
    } catch (e) {
      io.err(e instanceof AppError ? e.message : String(e))
      return 2
    }
    return tools.withService(tools.dataDir(), async (s) => {
      const decision = await chooseDecision(s, io, values.event!, values.decision)
      if (!decision) return 1
      const order = await call<CertificateOrderEntry[]>(s, io, 'certificateOrder', {
        decisionId: decision.id
      })
      if (!order) return 1
      const entryAt = (position: number) => {
        const entry = order.find((o) => o.position === position)
        if (!entry)
          throw new AppError('INVALID_ARGUMENT', `No certificate at position ${position}.`)
        if (!entry.registerEntryId)
          throw new AppError(
            'INCOMPLETE',
            'The decision is not issued: it has no register numbers yet.'
          )
        return entry.registerEntryId
      }
      let request
      try {
        request = {
          printed: pages.map(entryAt),
          spoiled: spoiled.map((p) => ({ entryId: entryAt(p), reason: values.reason ?? '' })),
          reprintReason: values['reprint-reason'] ?? '',
          batchId: null
        }
      } catch (e) {
        io.err(e instanceof AppError ? `${e.code}: ${e.message}` : String(e))
        return 1
      }
      const entries = await call<RegisterEntry[]>(s, io, 'recordRegisterPrints', request)
      if (!entries) return 1
      io.out(
        `Recorded: ${pages.length} printed, ${spoiled.length} spoiled (${entries.map((e) => e.registerNumber).join(', ')}).`
      )
      return 0
    })
  }
}

export const certificatesCommands: Record<string, CliCommand> = {
  certificates,
  printed,
  'calibration-sheet': calibrationSheet
}
