import { maxAttachmentsPerProposal } from '@shared/movement/attachments'
import type { Attachment } from '@shared/movement/entities'
import { AppError } from '@shared/result'
import type { FeatureDeps } from '../feature-deps'
import {
  attachmentPath,
  checkAttachment,
  displayName,
  readAttachment,
  removeAttachment,
  writeAttachment
} from './attachment-files'
import { findIn } from './find-in'
import { plain } from './handler-kit'
import type { ProposalsGroup } from './proposals-group'

const refuseFull = (count: number) => {
  if (count >= maxAttachmentsPerProposal)
    throw new AppError(
      'INVALID_ARGUMENT',
      `A proposal keeps at most ${maxAttachmentsPerProposal} attachments.`,
      { reason: 'full', limit: maxAttachmentsPerProposal }
    )
}

/**
 * A proposal's attachments, kept as files beside the data (`attachments/<proposal>/<id>.<ext>`)
 * under names Dais chooses; the record names the user's file. The file is on disk before the
 * record says so, and is taken away again when the record cannot be saved.
 */
export function attachmentHandlers(
  deps: FeatureDeps
): ProposalsGroup<'addProposalAttachment' | 'getProposalAttachment' | 'removeProposalAttachment'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
    addProposalAttachment: async ({ proposalId, file }) => {
      refuseFull(findIn(read().movement.proposals, proposalId, 'Proposal').attachments.length)
      const bytes = Buffer.from(file.contentBase64, 'base64')
      const fileName = displayName(file.fileName)
      const kind = checkAttachment(fileName, bytes)
      const attachmentId = ctx.newId()
      const storedAs = `${attachmentId.replace(/[^A-Za-z0-9_-]/g, '')}.${kind.extension}`
      const path = attachmentPath(ctx.dataDir, proposalId, storedAs)
      const keep = deps.attachments?.adding ?? ((_p, _s, task) => task())
      return keep(proposalId, storedAs, async () => {
        await writeAttachment(path, bytes)
        try {
          return await changes.apply({ entity: 'proposal', action: 'attach' }, (draft) => {
            const proposal = findIn(draft.movement.proposals, proposalId, 'Proposal')
            refuseFull(proposal.attachments.length)
            const attachment: Attachment = {
              id: attachmentId,
              fileName,
              contentType: kind.contentType,
              size: bytes.length,
              storedAs
            }
            proposal.attachments.push(attachment)
            proposal.updatedAt = now()
            return {
              value: plain(proposal),
              entityId: proposalId,
              subject: attachment.fileName,
              changes: [{ field: 'attachments', before: null, after: attachment.fileName }]
            }
          })
        } catch (error) {
          await removeAttachment(path)
          throw error
        }
      })
    },

    getProposalAttachment: async ({ proposalId, attachmentId }) => {
      const proposal = findIn(read().movement.proposals, proposalId, 'Proposal')
      const attachment = findIn(proposal.attachments, attachmentId, 'Attachment')
      const path = attachmentPath(ctx.dataDir, proposalId, attachment.storedAs)
      const bytes = await readAttachment(path, attachment.fileName)
      return {
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        contentBase64: bytes.toString('base64')
      }
    },

    // Undoable: the file stays while the undo history can put the record back (attachment-keeper).
    removeProposalAttachment: ({ proposalId, attachmentId }) =>
      changes.apply({ entity: 'proposal', action: 'detach' }, (draft) => {
        const p = findIn(draft.movement.proposals, proposalId, 'Proposal')
        const a = plain(findIn(p.attachments, attachmentId, 'Attachment'))
        p.attachments = p.attachments.filter((x) => x.id !== attachmentId)
        p.updatedAt = now()
        return {
          value: plain(p),
          entityId: proposalId,
          subject: a.fileName,
          changes: [{ field: 'attachments', before: a.fileName, after: null }]
        }
      })
  }
}
