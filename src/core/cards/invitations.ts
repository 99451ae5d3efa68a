import type { InvitationLetter as LetterInput } from '@shared/cards/contract'
import type { Delegate } from '@shared/delegates/entities'
import type { Event, Organisation } from '@shared/entities'
import { AppError } from '@shared/result'
import { createYielder } from '../jobs/jobs'
import { loadBundledFonts } from '../pdf/fonts'
import { createOfficialDocument } from '../pdf/official-document'
import { delegateHonorific } from '../certificates'

/** What an invitation letter (giấy mời) says besides the invitee, with its signer. */
export type InvitationLetter = Omit<LetterInput, 'signerIndex'> & {
  signer: { name: string; title: string; onBehalfOf?: string } | null
}

export interface InvitationsOptions {
  organisation: Organisation
  event: Event
  letter: InvitationLetter
  /** Invitees in print order. */
  delegates: readonly Delegate[]
  resourcesDir: string
  creationDate: Date
  signal?: AbortSignal
  onProgress?: (done: number, total: number) => void
}

/** "Ông Nguyễn Văn An" / "Bà …"; "Ông/Bà …" when the gender is not recorded. */
export const inviteeLine = (d: Delegate): string =>
  `${delegateHonorific(d) || 'Ông/Bà'} ${d.fullName.normalize('NFC')}`

type OfficialDocument = ReturnType<typeof createOfficialDocument>

function letterPage(doc: OfficialDocument, o: InvitationsOptions, d: Delegate) {
  const { letter, event, organisation } = o
  doc.repeat('top', () => {
    doc.header({
      number: `${letter.number || '      '}/${letter.symbol}`,
      place: organisation.placeName,
      date: letter.date
    })
    doc.title(['GIẤY MỜI'], { rule: false })
  })
  doc.paragraph(`Kính gửi: ${inviteeLine(d)}`, {
    align: 'left',
    indentFirstMm: 25,
    gapAfterPt: 2
  })
  const role = [d.position, d.unit].filter((s) => s.trim() !== '').join(', ')
  if (role) doc.paragraph(role, { align: 'left', italic: true, indentFirstMm: 25 })
  doc.space(2)
  const honorific = (delegateHonorific(d) || 'Ông/Bà').toLocaleLowerCase('vi')
  doc.repeat(`body ${honorific}`, () => {
    doc.paragraph(
      `${organisation.authorityName} trân trọng kính mời ${honorific} đến dự ${event.title}.`
    )
    const line = (label: string, value: string) => {
      if (value.trim()) doc.paragraph([{ text: `${label}: `, bold: true }, { text: value }])
    }
    line('Thời gian', letter.time)
    line('Địa điểm', letter.place || event.venue)
    line('Trang phục', letter.dress)
    line('Liên hệ', letter.contact)
    doc.paragraph('Trân trọng kính mời./.', { italic: false })
    doc.signerBlock({ signer: letter.signer, recipients: [] })
  })
}

/** `merged`: many pages in one file, whose tiny page streams are not worth deflating. */
const documentOf = (o: InvitationsOptions, merged: boolean) =>
  createOfficialDocument({
    organisation: o.organisation,
    fonts: loadBundledFonts(o.resourcesDir),
    orientation: 'portrait',
    creationDate: o.creationDate,
    title: `Giấy mời — ${o.event.title}`,
    pageNumbers: false,
    compress: !merged
  })

/** Reports progress at most every 100 ms, lets cancel requests in, stops when cancelled. */
function jobSteps(o: InvitationsOptions) {
  const yieldNow = createYielder()
  let reportedAt = 0
  const total = o.delegates.length
  return async (done: number) => {
    if (o.signal?.aborted) throw new AppError('CANCELLED', 'Cancelled; no file was written.')
    const now = performance.now()
    if (done === total || now - reportedAt > 100) {
      reportedAt = now
      o.onProgress?.(done, total)
    }
    await yieldNow()
  }
}

/** Every invitee's letter in print order, one page each, in one PDF. */
export async function renderInvitations(o: InvitationsOptions): Promise<Buffer> {
  const doc = documentOf(o, true)
  const step = jobSteps(o)
  for (let i = 0; i < o.delegates.length; i++) {
    if (i > 0) doc.pageBreak()
    letterPage(doc, o, o.delegates[i]!)
    await step(i + 1)
  }
  return doc.finish()
}

/** A file name from what a person typed: no path separators or characters Windows refuses. */
const safeFileName = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)

/** The same letters as a zip of one PDF each, named "<number> <name>.pdf", in print order. */
export async function renderInvitationsZip(o: InvitationsOptions): Promise<Buffer> {
  const step = jobSteps(o)
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {}
  const used = new Set<string>()
  for (let i = 0; i < o.delegates.length; i++) {
    const d = o.delegates[i]!
    const doc = documentOf(o, false)
    letterPage(doc, o, d)
    const pdf = await doc.finish()
    let name = `${String(i + 1).padStart(3, '0')} ${safeFileName(d.fullName) || d.number}.pdf`
    for (let k = 2; used.has(name.toLowerCase()); k++)
      name = name.replace(/( \(\d+\))?\.pdf$/, ` (${k}).pdf`)
    used.add(name.toLowerCase())
    // PDFs are compressed already: stored, not deflated again
    files[name] = [pdf, { level: 0, mtime: o.creationDate }]
    await step(i + 1)
  }
  // loaded here, not with the module: every other command of the app would pay for it
  const { zipSync } = await import('fflate')
  return Buffer.from(zipSync(files))
}
