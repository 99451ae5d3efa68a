import type { FileOut } from '@shared/contract-part'
import type { RosterPrintOptions, RosterVersion } from '@shared/rosters/entities'
import { toUpperVietnamese } from '@shared/text'
import type { AppContext } from '../app-context'
import { shortVietnameseDate } from '@shared/dates/vietnamese-date'
import { loadBundledFonts } from '../pdf/fonts'
import { createOfficialDocument } from '../pdf/official-document'
import type { DatabaseData } from '../schema/database-schema'
import { delegateIndex } from './member-snapshot'
import { attendanceTable, compositionTables, delegateListTable, printOrder } from './roster-layout'
import { eventDateOf, findRoster, resolveMembers, versionOf } from './roster-views'
import { signerBlockOf } from '@shared/text/signer-lines'

const kindTitles = {
  list: 'DANH SÁCH TRÍCH NGANG',
  attendance: 'DANH SÁCH ĐIỂM DANH',
  composition: 'BÁO CÁO CƠ CẤU ĐẠI BIỂU'
} as const

const fileSlug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60)

function statusNote(version: RosterVersion): string {
  const a = version.approval
  if (version.status !== 'approved' || !a)
    return `(Dự thảo - phiên bản ${version.number}, chưa được phê duyệt)`
  const when = a.decidedOn ?? a.at.slice(0, 10)
  const doc = a.documentNumber ? `, văn bản số ${a.documentNumber}` : ''
  // The version number is the app's own: an official paper names only the approval.
  return `(${a.basis}${doc} ngày ${shortVietnameseDate(when)})`
}

/**
 * The title block's lines. The composition report names what it describes once: "BÁO CÁO" over
 * "CƠ CẤU ĐẠI BIỂU DỰ ĐẠI HỘI", not "BÁO CÁO CƠ CẤU ĐẠI BIỂU" over "ĐẠI BIỂU DỰ ĐẠI HỘI".
 */
export function titleLines(kind: keyof typeof kindTitles, rosterName: string): string[] {
  const name = toUpperVietnamese(rosterName.trim())
  if (kind !== 'composition') return [kindTitles[kind], name]
  return ['BÁO CÁO', name.includes('ĐẠI BIỂU') ? `CƠ CẤU ${name}` : `CƠ CẤU ĐẠI BIỂU ${name}`]
}

/** "Danh sách có 08 đại biểu./." — the line that closes a list (counts under 10 padded). */
export const closingLine = (count: number): string =>
  `Danh sách có ${String(count).padStart(2, '0')} đại biểu./.`

/** A roster version as a Decree 30 PDF: the delegate list, the attendance sheet or the composition. */
export async function renderRosterPdf(
  data: DatabaseData,
  ctx: AppContext,
  args: { rosterId: string; version?: number; options: RosterPrintOptions }
): Promise<FileOut> {
  const roster = findRoster(data, args.rosterId)
  const version = versionOf(roster, args.version)
  const event = data.events.find((e) => e.id === roster.eventId)
  const eventDate = eventDateOf(data, roster.eventId)
  const { members } = resolveMembers(version, delegateIndex(data, roster.eventId))
  const ordered = printOrder(members, args.options.order ?? 'name')
  const kind = args.options.kind
  const organisation = data.organisation
  const d = createOfficialDocument({
    organisation,
    fonts: loadBundledFonts(ctx.resourcesDir),
    orientation: kind === 'list' ? 'landscape' : 'portrait',
    creationDate: new Date(version.approval?.at ?? roster.updatedAt),
    title: `${kindTitles[kind]} - ${roster.name}`
  })
  const date = version.approval?.decidedOn ?? version.approval?.at.slice(0, 10) ?? eventDate
  d.header({ place: organisation.placeName, date })
  d.title(titleLines(kind, roster.name), {
    subtitle: event?.title,
    note: statusNote(version)
  })
  const signer =
    organisation.signers.find((s) => s.id === args.options.signerId) ??
    // A list goes out in the body's name: "TM. ỦY BAN NHÂN DÂN" over the chairman when the profile has one.
    organisation.signers.find((s) => s.collective) ??
    organisation.signers[0]
  const signerBlock = { signer: signer ? signerBlockOf(signer) : null }
  // A list closes with its count; the last rows, this line and the signer share a page.
  const closing = kind === 'composition' ? null : closingLine(ordered.length)
  const closingStyle = { italic: true, indentFirstMm: 0, gapAfterPt: 0 }
  const keepLast = (rows: number) => ({
    rows,
    afterPt:
      (closing === null ? 0 : d.paragraphHeight(closing, closingStyle)) +
      d.signerBlockHeight(signerBlock)
  })
  if (kind === 'list')
    d.table({
      ...delegateListTable(ordered, roster.quota, eventDate, args.options.columns),
      keepLast: keepLast(2)
    })
  else if (kind === 'attendance') d.table({ ...attendanceTable(ordered), keepLast: keepLast(0) })
  else {
    const tables = compositionTables(members, roster.quota, eventDate)
    d.paragraph(tables.summary, { bold: true })
    d.table(tables.quota ? tables.sections : { ...tables.sections, keepLast: keepLast(0) })
    if (tables.quota) {
      d.space(4)
      d.paragraph('Đối chiếu cơ cấu, chỉ tiêu:', { bold: true, indentFirstMm: 0 })
      d.table({ ...tables.quota, keepLast: keepLast(0) })
    }
  }
  if (closing !== null) d.paragraph(closing, closingStyle)
  d.signerBlock(signerBlock)
  const pdf = await d.finish()
  return {
    fileName: `${fileSlug(kindTitles[kind])}-${fileSlug(roster.name)}-v${version.number}.pdf`,
    contentType: 'application/pdf',
    contentBase64: pdf.toString('base64')
  }
}
