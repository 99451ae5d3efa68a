import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import { maxAttachmentBytes } from '@shared/movement/attachments'
import type { Proposal } from '@shared/movement/entities'
import type { BackupInfo } from '@shared/entities'
import type { AppContext } from '../app-context'
import { createAppService, type AppService } from '../app-service'
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

/** Closes the open service and starts another on the same data folder. */
async function restart(ctx: AppContext) {
  await open.splice(0)[0]!.close()
  const service = await createAppService(ctx, {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  return service
}

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

  it('keeps a removed attachment’s file while Hoàn tác can bring it back, and removes it after', async () => {
    const { call, ctx, proposal, files } = await withProposal()
    const p = await call<Proposal>('addProposalAttachment', {
      proposalId: proposal.id,
      file: file('a.pdf', pdf)
    })
    const storedAs = p.attachments[0]!.storedAs
    const after = await call<Proposal>('removeProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: p.attachments[0]?.id
    })
    expect(after.attachments).toEqual([])
    await call('undoLastChange', {})
    const back = await call<FileOut>('getProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: p.attachments[0]?.id
    })
    expect(Buffer.from(back.contentBase64, 'base64').equals(pdf)).toBe(true)

    await call('removeProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: p.attachments[0]?.id
    })
    expect(files()).toEqual([storedAs])
    // The next start has no undo history: nothing can name the file any more.
    await restart(ctx)
    expect(files()).toEqual([])
  })

  it('keeps a deleted proposal’s files while Hoàn tác can bring it back, and removes them once it cannot', async () => {
    const { call, proposal, folder, files } = await withProposal()
    await call('addProposalAttachment', { proposalId: proposal.id, file: file('a.pdf', pdf) })
    await call('addProposalAttachment', { proposalId: proposal.id, file: file('b.png', png) })
    const stored = files()
    await call('deleteProposal', { id: proposal.id })
    expect(files()).toEqual(stored)
    await call('undoLastChange', {})
    const [kept] = await call<Proposal[]>('listProposals', {})
    expect(kept?.attachments.map((a) => a.fileName)).toEqual(['a.pdf', 'b.png'])

    await call('deleteProposal', { id: proposal.id })
    // A change that cannot be undone ends the history (here: restoring a backup of the state).
    const backup = await call<BackupInfo>('createBackup', { name: 'sau khi xóa' })
    await call('restoreBackup', { id: backup.id })
    // closing waits for the sweep that forgetting the history started
    await open.splice(0)[0]!.close()
    expect(existsSync(folder)).toBe(false)
  })
})

describe('attachments in backups', () => {
  it('are kept by a backup once however many backups name them, and come back with a restore after the data is lost', async () => {
    const { call, ctx, proposal, folder } = await withProposal()
    const p = await call<Proposal>('addProposalAttachment', {
      proposalId: proposal.id,
      file: file('Biên bản.pdf', pdf)
    })
    const backup = await call<BackupInfo>('createBackup', { name: 'trước họp' })
    await call('createBackup', { name: 'lần hai' })
    const kept = join(ctx.dataDir, 'backups', 'files', 'attachments', proposal.id)
    expect(readdirSync(kept)).toEqual([p.attachments[0]!.storedAs])

    // The data is lost: the data file, its journal and the attachments; the backups remain.
    await open.splice(0)[0]!.close()
    for (const name of readdirSync(ctx.dataDir))
      if (name !== 'backups') rmSync(join(ctx.dataDir, name), { recursive: true })
    const service = await createAppService(ctx, {
      onBug: (e) => {
        throw e
      }
    })
    open.push(service)
    const restored = await service.dispatch('restoreBackup', { id: backup.id })
    expect(restored.ok).toBe(true)
    const back = await service.dispatch('getProposalAttachment', {
      proposalId: proposal.id,
      attachmentId: p.attachments[0]!.id
    })
    if (!back.ok) throw new Error(back.error.message)
    expect(Buffer.from((back.value as FileOut).contentBase64, 'base64').equals(pdf)).toBe(true)
    expect(readdirSync(folder)).toEqual([p.attachments[0]!.storedAs])
  })
})
