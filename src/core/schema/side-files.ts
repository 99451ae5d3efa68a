import type { DatabaseData } from './database-schema'

/** The folder of the proposals' attachments, beside the data file. */
export const attachmentsFolderName = 'attachments'

/** A part of a stored file's path: a name Dais made (letters, digits, `_`, `-`, an extension). */
export const storedNamePattern = /^[A-Za-z0-9_-]{1,64}(\.[a-z0-9]{1,8})?$/

/**
 * The files beside the data file that the data names, relative to the data folder
 * (`attachments/<proposal>/<stored name>`): what a backup keeps with the data and a restore puts
 * back. Each name is given to one content only.
 */
export function sideFilesOf(data: DatabaseData): string[] {
  return data.movement.proposals.flatMap((proposal) =>
    proposal.attachments
      .filter((a) => storedNamePattern.test(proposal.id) && storedNamePattern.test(a.storedAs))
      .map((a) => `${attachmentsFolderName}/${proposal.id}/${a.storedAs}`)
  )
}
