import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { AppService } from '../core/app-service'
import type { LabelSheet } from '@shared/cards/contract'
import type { LayoutWarning } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import type { Organisation } from '@shared/entities'
import { createFontSet } from '../core/certificates'
import type { CardOrder } from '../core/cards/card-order'
import { parsePositions } from '../core/certificates/certificate-order'
import { delegateCardsFromSheet } from './sheet-cards'
import type { FileOut } from '@shared/contract-part'
import type { CliCommand, Io } from './cli-command'
import { finishWithFile } from './file-out'

async function call<T>(
  s: AppService,
  io: Io,
  method: string,
  arg: unknown
): Promise<T | undefined> {
  const r = await s.dispatch(method, arg)
  if (r.ok) return r.value as T
  io.err(`${r.error.code}: ${r.error.message}`)
  const problems = (r.error.details as { problems?: LayoutWarning[] } | undefined)?.problems
  for (const p of problems?.slice(0, 50) ?? []) io.err(`  ${p.kind} · ${p.message}`)
  return undefined
}

async function templateId(
  s: AppService,
  io: Io,
  kind: NonNullable<Template['kind']>,
  spec: string | undefined
): Promise<string | undefined> {
  const list = await call<Template[]>(s, io, 'listTemplates', { kind })
  if (!list) return undefined
  if (!spec) return list[0]?.id
  const want = spec.normalize('NFC').toLowerCase()
  const found = list.find((t) => t.id === spec || t.name.toLowerCase() === want)
  if (!found)
    io.err(`No ${kind} template "${spec}". Templates: ${list.map((t) => `"${t.name}"`).join(', ')}`)
  return found?.id
}

async function profileId(s: AppService, io: Io, spec: string | undefined) {
  if (!spec) return { ok: true, id: null }
  const list = await call<{ id: string; name: string }[]>(s, io, 'listPrinterProfiles', {})
  const found = list?.find((p) => p.id === spec || p.name === spec)
  if (!found) io.err(`No printer profile "${spec}".`)
  return { ok: !!found, id: found?.id ?? null }
}

/** The image files of a folder, as the contract carries them. */
function photoFiles(dir: string) {
  return readdirSync(dir)
    .filter((f) => /\.(png|jpe?g)$/i.test(f))
    .map((f) => ({
      fileName: f,
      contentBase64: readFileSync(join(dir, f)).toString('base64')
    }))
}

const orders = ['number', 'unit', 'name', 'seat']

/** Cards straight from a delegates spreadsheet, laid out and imposed like an event's. */
async function cardsFromSheet(
  s: AppService,
  io: Io,
  resourcesDir: string,
  o: {
    file: string
    eventTitle: string
    templateId: string
    profileId: string | null
    sheet: 'A4' | 'A3'
    orientation: 'auto' | 'portrait' | 'landscape'
    order: CardOrder
    confirmOverflow: boolean
    out: string
  }
): Promise<number> {
  const organisation = await call<Organisation>(s, io, 'getOrganisation', {})
  const template = await call<Template>(s, io, 'getTemplate', { id: o.templateId })
  const profiles = await call<PrinterProfile[]>(s, io, 'listPrinterProfiles', {})
  if (!organisation || !template || !profiles) return 1
  const read = await delegateCardsFromSheet({ ...o, organisation })
  if ('error' in read) {
    io.err(read.error)
    return 1
  }
  const { layoutCards, checkCards, renderCardSheets } = await import('../core/cards/card-sheets')
  const { sheetSizes } = await import('../core/cards/imposition')
  const job = {
    template,
    fonts: createFontSet(resourcesDir, tmpdir(), []),
    profile: profiles.find((p) => p.id === o.profileId) ?? null,
    sheet: sheetSizes[o.sheet],
    gapMm: 6,
    orientation: o.orientation,
    subjects: read.subjects
  }
  const layouts = layoutCards(job)
  const blocking = checkCards(layouts).filter(
    (p) => p.kind === 'glyphs' || (p.kind === 'overflow' && !o.confirmOverflow)
  )
  if (blocking.length) {
    io.err(
      `INCOMPLETE: ${blocking.length} text(s) cannot be printed as they are (use --confirm-overflow for overflows):`
    )
    for (const p of blocking.slice(0, 50)) io.err(`  ${p.kind} · row ${p.honoreeId} · ${p.message}`)
    return 1
  }
  const { pdf, sheets } = await renderCardSheets({
    ...job,
    layouts,
    title: `Thẻ đại biểu${o.eventTitle ? ` — ${o.eventTitle}` : ''}`,
    creationDate: new Date()
  })
  writeFileSync(o.out, pdf)
  io.out(`${o.out} written (${read.subjects.length} cards on ${sheets} sheets).`)
  return 0
}

const cards: CliCommand = {
  help: 'cards --event ID | --delegates FILE.xlsx [--title EVENT] [--template NAME] [--profile NAME] [--sheet A4|A3] [--orientation auto|portrait|landscape] [--order number|unit|name|seat] [--only 3,7-9] [--photos DIR] [--confirm-overflow] -o OUT.pdf   --delegates: straight from a spreadsheet, nothing stored, no check-in codes',
  async run(args, io, tools) {
    const v = parseArgs({
      args,
      options: {
        event: { type: 'string' },
        delegates: { type: 'string' },
        title: { type: 'string', default: '' },
        template: { type: 'string' },
        profile: { type: 'string' },
        sheet: { type: 'string', default: 'A4' },
        orientation: { type: 'string', default: 'auto' },
        order: { type: 'string', default: 'number' },
        only: { type: 'string' },
        photos: { type: 'string' },
        'confirm-overflow': { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' }
      }
    }).values
    if (
      !(v.event || v.delegates) ||
      !v.output ||
      !['A4', 'A3'].includes(v.sheet!) ||
      !['auto', 'portrait', 'landscape'].includes(v.orientation!) ||
      !orders.includes(v.order!)
    ) {
      io.err(`usage: dais ${cards.help}`)
      return 2
    }
    return tools.withService(tools.dataDir(), async (s) => {
      const template = await templateId(s, io, 'delegateCard', v.template)
      const profile = await profileId(s, io, v.profile)
      if (!template || !profile.ok) return 1
      if (v.delegates) {
        return cardsFromSheet(s, io, tools.resourcesDir, {
          file: v.delegates,
          eventTitle: v.title!,
          templateId: template,
          profileId: profile.id,
          sheet: v.sheet as 'A4' | 'A3',
          orientation: v.orientation as 'auto' | 'portrait' | 'landscape',
          order: v.order as CardOrder,
          confirmOverflow: v['confirm-overflow']!,
          out: v.output!
        })
      }
      let delegateIds: string[] | undefined
      if (v.only) {
        let numbers: number[]
        try {
          numbers = parsePositions(v.only)
        } catch (e) {
          io.err(`--only: ${e instanceof Error ? e.message : String(e)}`)
          return 2
        }
        const all = await call<{ id: string; number: number }[]>(s, io, 'listDelegates', {
          eventId: v.event
        })
        if (!all) return 1
        const byNumber = new Map(all.map((d) => [d.number, d.id]))
        const unknown = numbers.filter((n) => !byNumber.has(n))
        if (unknown.length > 0) {
          io.err(
            `--only: no delegate numbered ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''} in this event.`
          )
          return 2
        }
        delegateIds = numbers.map((n) => byNumber.get(n)!)
      }
      const file = await call<FileOut>(s, io, 'renderDelegateCards', {
        eventId: v.event,
        templateId: template,
        profileId: profile.id,
        sheet: v.sheet,
        orientation: v.orientation,
        order: v.order,
        ...(delegateIds ? { delegateIds } : {}),
        ...(v.photos ? { photos: photoFiles(v.photos) } : {}),
        confirmOverflow: v['confirm-overflow']
      })
      return finishWithFile(io, v.output!, file)
    })
  }
}

const nameTents: CliCommand = {
  help: 'name-tents --event ID [--template NAME] [--profile NAME] -o OUT.pdf   presidium and secretariat',
  async run(args, io, tools) {
    const v = parseArgs({
      args,
      options: {
        event: { type: 'string' },
        template: { type: 'string' },
        profile: { type: 'string' },
        output: { type: 'string', short: 'o' }
      }
    }).values
    if (!v.event || !v.output) {
      io.err(`usage: dais ${nameTents.help}`)
      return 2
    }
    return tools.withService(tools.dataDir(), async (s) => {
      const template = await templateId(s, io, 'nameTent', v.template)
      const profile = await profileId(s, io, v.profile)
      if (!template || !profile.ok) return 1
      const file = await call<FileOut>(s, io, 'renderNameTents', {
        eventId: v.event,
        templateId: template,
        profileId: profile.id
      })
      return finishWithFile(io, v.output!, file)
    })
  }
}

const invitations: CliCommand = {
  help: 'invitations --event ID [--number N] [--symbol GM-UBND] [--date YYYY-MM-DD] [--time TEXT] [--place TEXT] [--dress TEXT] [--contact TEXT] [--order number|unit|name|seat] [--zip] -o OUT.pdf|OUT.zip   without letter options: the saved invitation settings; --zip: one PDF per invitee',
  async run(args, io, tools) {
    const v = parseArgs({
      args,
      options: {
        zip: { type: 'boolean', default: false },
        event: { type: 'string' },
        number: { type: 'string' },
        symbol: { type: 'string' },
        date: { type: 'string' },
        time: { type: 'string' },
        place: { type: 'string' },
        dress: { type: 'string' },
        contact: { type: 'string' },
        order: { type: 'string', default: 'number' },
        output: { type: 'string', short: 'o' }
      }
    }).values
    if (!v.event || !v.output || !orders.includes(v.order!)) {
      io.err(`usage: dais ${invitations.help}`)
      return 2
    }
    return tools.withService(tools.dataDir(), async (s) => {
      // No letter option given: the settings saved on the event's invitations screen.
      const typed = [v.number, v.symbol, v.date, v.time, v.place, v.dress, v.contact].some(
        (x) => x !== undefined
      )
      const file = await call<FileOut>(s, io, 'renderInvitations', {
        eventId: v.event,
        order: v.order,
        output: v.zip ? 'zip' : 'single',
        ...(typed
          ? {
              letter: {
                number: v.number ?? '',
                symbol: v.symbol ?? 'GM-UBND',
                date: v.date ?? null,
                time: v.time ?? '',
                place: v.place ?? '',
                dress: v.dress ?? '',
                contact: v.contact ?? ''
              }
            }
          : {})
      })
      return finishWithFile(io, v.output!, file)
    })
  }
}

/** "3x7" → [3, 7]; "63.5x38.1" → [63.5, 38.1]; undefined when malformed. */
const pair = (s: string | undefined): [number, number] | undefined => {
  const m = /^\s*([\d.]+)\s*[x×,]\s*([\d.]+)\s*$/.exec(s ?? '')
  return m ? [Number(m[1]), Number(m[2])] : undefined
}

const labels: CliCommand = {
  help: 'labels --event ID (--sheet L7160 | --grid COLSxROWS --label WxH --pitch XxY --origin LEFTxTOP) [--skip N] [--order number|unit|name|seat] -o OUT.pdf   envelope labels on A4 (mm); --sheet list names the sheets',
  async run(args, io, tools) {
    const v = parseArgs({
      args,
      options: {
        event: { type: 'string' },
        sheet: { type: 'string' },
        grid: { type: 'string' },
        label: { type: 'string' },
        pitch: { type: 'string' },
        origin: { type: 'string' },
        skip: { type: 'string', default: '0' },
        order: { type: 'string', default: 'number' },
        output: { type: 'string', short: 'o' }
      }
    }).values
    return tools.withService(tools.dataDir(), async (s) => {
      const sheets = await call<LabelSheet[]>(s, io, 'listLabelSheets', {})
      if (!sheets) return 1
      if (v.sheet === 'list') {
        for (const sh of sheets) io.out(`${sh.id.padEnd(10)} ${sh.name}`)
        return 0
      }
      const custom = [pair(v.grid), pair(v.label), pair(v.pitch), pair(v.origin)]
      const skip = Number(v.skip)
      if (
        !v.event ||
        !v.output ||
        !orders.includes(v.order!) ||
        !Number.isInteger(skip) ||
        (!v.sheet && custom.some((p) => !p))
      ) {
        io.err(`usage: dais ${labels.help}`)
        return 2
      }
      let sheet: LabelSheet | undefined
      if (v.sheet) {
        sheet = sheets.find((sh) => sh.id.toLowerCase() === v.sheet!.toLowerCase())
        if (!sheet) {
          io.err(`No label sheet "${v.sheet}". Sheets: ${sheets.map((sh) => sh.id).join(', ')}`)
          return 1
        }
      } else {
        const [[columns, rows], [w, h], [px, py], [left, top]] = custom as [
          [number, number],
          [number, number],
          [number, number],
          [number, number]
        ]
        sheet = {
          id: 'custom',
          name: 'custom',
          columns: columns!,
          rows: rows!,
          labelWidthMm: w!,
          labelHeightMm: h!,
          pitchXMm: px!,
          pitchYMm: py!,
          leftMm: left!,
          topMm: top!
        }
      }
      const file = await call<FileOut>(s, io, 'renderAddressLabels', {
        eventId: v.event,
        sheet,
        order: v.order,
        skip
      })
      return finishWithFile(io, v.output!, file)
    })
  }
}

export const cardsCommands: Record<string, CliCommand> = {
  cards,
  'name-tents': nameTents,
  invitations,
  labels
}
