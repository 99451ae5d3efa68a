import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { dirname } from 'node:path'
import type { LayoutWarning } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import { defaultCertificateNamePattern } from '@shared/certificates/records'
import { AppError } from '@shared/result'
import { tempPathFor } from '../storage/durable-write'
import { createYielder, monotonicMs } from '../jobs/jobs'
import type { CertificateSubject } from './certificate-values'
import type { FontSet } from './fonts'
import {
  layoutCertificate,
  ptPerMm,
  type LayoutOptions,
  type PageLayout,
  type PaintItem
} from './layout'
import { CertificatePdf } from './painter'

/** One certificate of a batch: its 1-based position in presentation order and its data. */
export interface BatchItem {
  position: number
  subject: CertificateSubject
}

export interface BatchSettings {
  template: Template
  fonts: FontSet
  profile: PrinterProfile | null
  plainPaperTest: boolean
}

const printOptions = (s: BatchSettings): LayoutOptions => ({
  purpose: 'print',
  marginMm: s.profile?.marginMm ?? null,
  profile: s.profile
})

/**
 * The problems of a batch as they come page by page: text that the font cannot print or that
 * does not fit its box, per honoree; a field in the printer's margin once (it is the same for all).
 */
function problemCollector() {
  const problems: LayoutWarning[] = []
  const marginSeen = new Set<string>()
  return {
    problems,
    add(warnings: readonly LayoutWarning[]) {
      for (const w of warnings) {
        if (w.kind === 'margin') {
          if (marginSeen.has(w.fieldId)) continue
          marginSeen.add(w.fieldId)
          problems.push({ ...w, honoreeId: null })
        } else problems.push(w)
      }
    }
  }
}

/** Lays out every certificate without painting and answers its problems. */
export function checkBatch(settings: BatchSettings, items: readonly BatchItem[]): LayoutWarning[] {
  const collector = problemCollector()
  const options = printOptions(settings)
  for (const item of items)
    collector.add(
      layoutCertificate(settings.template, item.subject, settings.fonts, options).warnings
    )
  return collector.problems
}

const stops = (p: LayoutWarning, confirmOverflow: boolean) =>
  p.kind === 'glyphs' || (p.kind === 'overflow' && !confirmOverflow)

/**
 * Why a batch with these problems is not printed: text the font cannot print, or text that does
 * not fit its box even at the minimum size unless the user confirmed it; null when it prints.
 */
export function batchRefusal(
  problems: readonly LayoutWarning[],
  confirmOverflow: boolean
): AppError | null {
  if (!problems.some((p) => stops(p, confirmOverflow))) return null
  const glyphs = problems.filter((p) => p.kind === 'glyphs')
  const overflow = problems.filter((p) => p.kind === 'overflow')
  return new AppError(
    'INCOMPLETE',
    glyphs.length
      ? `${glyphs.length} text(s) contain characters the font cannot print; nothing was printed.`
      : `${overflow.length} text(s) do not fit their box even at the minimum size; confirm to print anyway.`,
    { problems: [...glyphs, ...overflow] }
  )
}

const testCopyLabel = 'BẢN IN THỬ — TEST COPY'
export const testCopyMark = 'BẢN IN THỬ'

/**
 * What makes a plain-paper test unmistakable, under the certificate's text: a large diagonal
 * "BẢN IN THỬ" in light grey across the page and a frame at the page's edge; over it, the label
 * with the certificate's position in the batch.
 */
function testCopyItems(
  settings: BatchSettings,
  page: { widthPt: number; heightPt: number },
  position: number
): { under: PaintItem[]; over: PaintItem[] } {
  const face = settings.fonts.resolve('Arimo', true, false)
  const { widthPt: w, heightPt: h } = page
  const angle = Math.atan2(h, w)
  const diagonal = Math.hypot(w, h)
  const em = [...testCopyMark].reduce((sum, c) => sum + face.advance(c.codePointAt(0) ?? 32), 0)
  // Two thirds of the diagonal, centred on the page's centre along the diagonal.
  const sizePt = (diagonal * 0.66) / em
  const length = em * sizePt
  const rise = sizePt * 0.35
  const cx = w / 2 - (Math.cos(angle) * length) / 2 + Math.sin(angle) * rise
  const cy = h / 2 + (Math.sin(angle) * length) / 2 + Math.cos(angle) * rise
  const frameInset = 5 * ptPerMm
  return {
    under: [
      {
        type: 'text',
        fieldId: 'testCopyMark',
        face,
        sizePt,
        color: '#d0d0d0',
        angleDeg: (angle * 180) / Math.PI,
        runs: [{ x: cx, y: cy, text: testCopyMark }]
      },
      {
        type: 'rect',
        x: frameInset,
        y: frameInset,
        w: w - 2 * frameInset,
        h: h - 2 * frameInset,
        color: '#a0a0a0',
        widthPt: 0.75
      }
    ],
    over: [
      {
        type: 'text',
        fieldId: 'testCopy',
        face,
        sizePt: 7,
        color: '#808080',
        runs: [{ x: 8 * ptPerMm, y: 9 * ptPerMm, text: `${testCopyLabel} · ${position}` }]
      }
    ]
  }
}

function pageLayout(settings: BatchSettings, item: BatchItem): PageLayout {
  if (!settings.plainPaperTest) {
    return layoutCertificate(
      settings.template,
      item.subject,
      settings.fonts,
      printOptions(settings)
    )
  }
  // The test copy prints what the blank carries too (its scan and pre-printed fields), so the
  // sheet shows where the text lands on the real blank.
  const layout = layoutCertificate(settings.template, item.subject, settings.fonts, {
    ...printOptions(settings),
    purpose: 'preview'
  })
  const mark = testCopyItems(
    settings,
    { widthPt: layout.widthPt, heightPt: layout.heightPt },
    item.position
  )
  return { ...layout, items: [...mark.under, ...layout.items, ...mark.over] }
}

/** "{stt:03}_{ten}.pdf" → "007_Ông Nguyễn Văn An.pdf"; characters file systems refuse are dropped. */
export function entryName(
  pattern: string,
  item: { position: number; name: string; registerNumber: string }
): string {
  const safe = (s: string) =>
    s
      .normalize('NFC')
      .replace(/[/\\]/g, '-')
      .replace(/[\u0000-\u001f<>:"|?*]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[. ]+$/, '')
  const name = pattern.replace(/\{(stt|ten|so)(?::(\d+))?\}/g, (_, key: string, width?: string) => {
    if (key === 'stt') return String(item.position).padStart(width ? Number(width) : 0, '0')
    return safe(key === 'ten' ? item.name : item.registerNumber)
  })
  const cleaned = safe(name).slice(0, 180) || String(item.position)
  return /\.pdf$/i.test(cleaned) ? cleaned : `${cleaned}.pdf`
}

export interface RenderBatchOptions extends BatchSettings {
  items: readonly BatchItem[]
  output: 'single' | 'zip'
  namePattern?: string
  /** Zip entry names come from here (the name line by default). */
  entryLabel?: (item: BatchItem) => { name: string; registerNumber: string }
  title: string
  creationDate: Date
  /** The finished file; written as a temporary file beside it and renamed when complete. */
  targetPath: string
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
  /**
   * Checks the batch on the way, from the same layouts it prints: with problems that stop it
   * (see batchRefusal) it throws that refusal at the end and leaves no file.
   */
  check?: { confirmOverflow: boolean }
}

const highWaterBytes = 8 * 1024 * 1024
const blockBytes = 256 * 1024

async function drainIfFull(ws: WriteStream): Promise<void> {
  if (ws.writableLength > highWaterBytes) await once(ws, 'drain')
}

/** Renders a batch to `targetPath`: one PDF, or a zip of one PDF per certificate. */
export async function renderBatch(opts: RenderBatchOptions): Promise<{ pages: number }> {
  await mkdir(dirname(opts.targetPath), { recursive: true })
  const tmp = tempPathFor(opts.targetPath)
  const ws = createWriteStream(tmp)
  const failed = once(ws, 'error').then(([e]) => {
    throw e
  })
  failed.catch(() => {})
  const total = opts.items.length
  const yieldNow = createYielder()
  const checkCancel = () => {
    if (opts.signal?.aborted) throw new AppError('CANCELLED', 'Cancelled; no file was written.')
  }
  let progressAt = 0
  const progress = (done: number) => {
    const now = monotonicMs()
    if (done === total || now - progressAt > 100) {
      progressAt = now
      opts.onProgress?.(done, total)
    }
  }
  const collector = problemCollector()
  let refused = false
  /** The page of `item`, or null once the batch has a problem that stops it (nothing to paint). */
  const nextPage = (item: BatchItem): PageLayout | null => {
    const page = pageLayout(opts, item)
    if (opts.check) {
      // a test copy carries the blank's own fields too: the check is of the certificate as printed
      const { warnings } = opts.plainPaperTest
        ? layoutCertificate(opts.template, item.subject, opts.fonts, printOptions(opts))
        : page
      collector.add(warnings)
      refused ||= warnings.some((w) => stops(w, opts.check!.confirmOverflow))
    }
    return refused ? null : page
  }
  const refusal = () => opts.check && batchRefusal(collector.problems, opts.check.confirmOverflow)
  try {
    if (opts.output === 'single') {
      const pdf = new CertificatePdf({ title: opts.title, creationDate: opts.creationDate })
      // the PDF comes in chunks of a page or so; they reach the file in blocks
      const chunks: Buffer[] = []
      let pending = 0
      const flushChunks = () => {
        if (pending === 0) return
        ws.write(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, pending))
        chunks.length = 0
        pending = 0
      }
      pdf.file.on('data', (c: Buffer) => {
        chunks.push(c)
        pending += c.length
      })
      const ended = once(pdf.file, 'end')
      for (let i = 0; i < total; i++) {
        checkCancel()
        const page = nextPage(opts.items[i]!)
        if (page) pdf.page(page, opts.profile)
        if (pending > blockBytes) flushChunks()
        progress(i + 1)
        await yieldNow()
        await drainIfFull(ws)
      }
      checkCancel()
      const stop = refusal()
      if (stop) throw stop
      pdf.end()
      await ended
      flushChunks()
      ws.end()
    } else {
      // only a zip needs fflate: a single PDF does not load it
      const { Zip, ZipPassThrough } = await import('fflate')
      const zip = new Zip((error, chunk) => {
        if (error) ws.destroy(error)
        else ws.write(chunk)
      })
      const used = new Set<string>()
      const pattern = opts.namePattern ?? defaultCertificateNamePattern
      for (let i = 0; i < total; i++) {
        checkCancel()
        const item = opts.items[i]!
        const page = nextPage(item)
        if (page) {
          const pdf = new CertificatePdf({ title: opts.title, creationDate: opts.creationDate })
          pdf.page(page, opts.profile)
          const bytes = await pdf.toBuffer()
          const label = opts.entryLabel?.(item) ?? {
            name: item.subject.values.nameLine,
            registerNumber: item.subject.values.registerNumber
          }
          let name = entryName(pattern, { position: item.position, ...label })
          for (let k = 2; used.has(name.toLowerCase()); k++)
            name = name.replace(/( \(\d+\))?\.pdf$/i, ` (${k}).pdf`)
          used.add(name.toLowerCase())
          const entry = new ZipPassThrough(name)
          entry.mtime = opts.creationDate
          zip.add(entry)
          entry.push(bytes, true)
        }
        progress(i + 1)
        await yieldNow()
        await drainIfFull(ws)
      }
      checkCancel()
      const stop = refusal()
      if (stop) throw stop
      zip.end()
      ws.end()
    }
    await Promise.race([once(ws, 'close'), failed])
    await rename(tmp, opts.targetPath)
    return { pages: total }
  } catch (error) {
    ws.destroy()
    await rm(tmp, { force: true })
    throw error
  }
}
