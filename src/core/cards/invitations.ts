import type { InvitationLetter as LetterInput } from '../../shared/cards/contract'
import type { Delegate } from '../../shared/delegates/entities'
import type { Event, Organisation } from '../../shared/entities'
import { loadBundledFonts } from '../pdf/fonts'
import { createOfficialDocument } from '../pdf/official-document'
import { delegateHonorific } from './delegate-values'

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
}

/** "Ông Nguyễn Văn An" / "Bà …"; "Ông/Bà …" when the gender is not recorded. */
export const inviteeLine = (d: Delegate): string =>
  `${delegateHonorific(d) || 'Ông/Bà'} ${d.fullName.normalize('NFC')}`

function letterPages(doc: ReturnType<typeof createOfficialDocument>, o: InvitationsOptions) {
  const { letter, event, organisation } = o
  o.delegates.forEach((d, i) => {
    if (i > 0) doc.pageBreak()
    doc.header({
      number: `${letter.number || '      '}/${letter.symbol}`,
      place: organisation.placeName,
      date: letter.date
    })
    doc.title(['GIẤY MỜI'], { rule: false })
    doc.paragraph(`Kính gửi: ${inviteeLine(d)}`, {
      align: 'left',
      indentFirstMm: 25,
      gapAfterPt: 2
    })
    const role = [d.position, d.unit].filter((s) => s.trim() !== '').join(', ')
    if (role) doc.paragraph(role, { align: 'left', italic: true, indentFirstMm: 25 })
    doc.space(2)
    const honorific = (delegateHonorific(d) || 'Ông/Bà').toLocaleLowerCase('vi')
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

/** Every invitee's letter in print order, one page each, in one PDF. */
export async function renderInvitations(o: InvitationsOptions): Promise<Buffer> {
  const doc = createOfficialDocument({
    organisation: o.organisation,
    fonts: loadBundledFonts(o.resourcesDir),
    orientation: 'portrait',
    creationDate: o.creationDate,
    title: `Giấy mời — ${o.event.title}`,
    pageNumbers: false
  })
  letterPages(doc, o)
  return doc.finish()
}
