import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '../../shared/contract-part'
import { maxAttachmentBytes } from '../../shared/movement/attachments'
import type { Proposal } from '../../shared/movement/entities'
import type { AppService } from '../app-service'
import { attachmentPath } from './attachment-files'
import { createGroups, startMovementService } from './testing/movement-harness'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const pdf = Buffer.from('%PDF-1.4\nbiên bản bình xét\n%%EOF\n')
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const file = (fileName: string, bytes: Buffer) => ({
  fileName,
  contentBase64: bytes.toString('base64')
})

async function withProposal() {
  const s = await startMovementService()
  open.push(s.service)
  const [group] = await createGroups(s.call, 1)
  const proposal = await s.call<Proposal>('createProposal', {
    movementId: null,
    year: 2025,
    unitId: group?.id,
    number: '05/TTr-TDP1',
    date: null,
    candidates: []
  })
  const folder = join(s.ctx.dataDir, 'attachments', proposal.id)
  const files = () => (existsSync(folder) ? readdirSync(folder).sort() : [])
  return { ...s, proposal, folder, files }
}

describe("a proposal's attachments, kept as files beside the data", () => {
  it('keeps the file under a name Dais chose, shows the user’s name, and gives the bytes back', async () => {
    const { call, ctx, proposal, files } = await withProposal()
    const p = await call<Proposal>('addProposalAttachment', {
      proposalId: proposal.id,
      file: file('C:\\fakepath\\..\\..\\Biên bản bình xét.PDF', pdf)
    })
    const [attachment] = p.attachments
    expect(attachment).toMatchObject({
      fileName: 'Biên bản bình xét.PDF',
      contentType: 'application/pdf',
      size: pdf.length
    })
    expect(attachment?.storedAs).toMatch(/^[A-Za-z0-9_-]+\.pdf$/)
    // Written whole: the file and nothing else (no temp file left).
    expect(files()).toEqual([attachment?.storedAs])
    const back = await call<FileOut>('getProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: attachment?.id
    })
    expect(back.fileName).toBe('Biên bản bình xét.PDF')
    expect(Buffer.from(back.contentBase64, 'base64').equals(pdf)).toBe(true)
    expect(() => attachmentPath(ctx.dataDir, proposal.id, '../dais-data.json')).toThrow(
      /stored name/
    )
    expect(() => attachmentPath(ctx.dataDir, '..', 'x.pdf')).toThrow(/stored name/)
  })

  it('refuses, with the reason and nothing written: a wrong type, a disguised file, an empty or too large one', async () => {
    const { fail, proposal, files } = await withProposal()
    const refusal = async (f: { fileName: string; contentBase64: string }) =>
      fail('addProposalAttachment', { proposalId: proposal.id, file: f })
    expect(await refusal(file('setup.exe', Buffer.from('MZ\x90\x00')))).toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { reason: 'type', fileName: 'setup.exe' }
    })
    expect(await refusal(file('scan.pdf', Buffer.from('MZ\x90\x00 not a pdf')))).toMatchObject({
      details: { reason: 'content' },
      message: 'The content of "scan.pdf" is not a PDF file.'
    })
    expect(await refusal(file('anh.jpg', png))).toMatchObject({ details: { reason: 'content' } })
    // Not base64 at all decodes to nothing.
    expect(await refusal({ fileName: 'a.pdf', contentBase64: '!!!!' })).toMatchObject({
      details: { reason: 'empty' }
    })
    // One byte over the limit: refused by the handler; far over: by the contract, for every
    // transport, before the handler runs.
    expect(
      await refusal(file('big.pdf', Buffer.alloc(maxAttachmentBytes + 1, 0x25)))
    ).toMatchObject({
      details: { reason: 'too-large' },
      message: '"big.pdf" is larger than 20 MB (20.0 MB), the most an attachment may be.'
    })
    const huge = await refusal(file('huge.pdf', Buffer.alloc(maxAttachmentBytes + 4096, 0x25)))
    expect(huge.code).toBe('INVALID_ARGUMENT')
    expect(huge.message).toMatch(/at most 20 MB/)
    expect(await refusal(file('../../dais-data.json', pdf))).toMatchObject({
      details: { reason: 'type', fileName: 'dais-data.json' }
    })
    expect(files()).toEqual([])
  })

  it('refuses an unknown proposal before writing anything, and names a file gone from the folder', async () => {
    const { call, fail, ctx, proposal, folder } = await withProposal()
    const unknown = await fail('addProposalAttachment', {
      proposalId: '..',
      file: file('a.pdf', pdf)
    })
    expect(unknown.code).toBe('NOT_FOUND')
    expect(readdirSync(ctx.dataDir)).not.toContain('attachments')
    const p = await call<Proposal>('addProposalAttachment', {
      proposalId: proposal.id,
      file: file('anh.png', png)
    })
    rmSync(folder, { recursive: true })
    const missing = await fail('getProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: p.attachments[0]?.id
    })
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.message).toContain('"anh.png" is missing from the attachments folder')
  })

  it('removes the file with the record', async () => {
    const { call, proposal, files } = await withProposal()
    const p = await call<Proposal>('addProposalAttachment', {
      proposalId: proposal.id,
      file: file('a.pdf', pdf)
    })
    const after = await call<Proposal>('removeProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: p.attachments[0]?.id
    })
    expect(after.attachments).toEqual([])
    expect(files()).toEqual([])
  })
})
