import { z } from 'zod'
import { entityId, FileIn, FileOut, method, type ContractPart } from '../contract-part'
import { ColumnMapping, CommitResult, CommitRow, ImportKind, ImportPreview } from './entities'
import type { importMethodNames } from './method-names'

const mapping = z.array(ColumnMapping).max(200)
const exportArgs = z.strictObject({ eventId: entityId, format: z.enum(['xlsx', 'csv']) })

export const importContract = {
  /** Reads a spreadsheet into a preview; writes nothing. */
  previewImport: method(
    z.strictObject({
      /** The event delegates and honorees go to; none for units and households (organisation). */
      eventId: entityId.optional(),
      kind: ImportKind,
      file: FileIn,
      mapping: mapping.optional()
    }),
    ImportPreview
  ),
  /** Re-validates the (edited) rows and adds them all in one change after a named backup. */
  commitImport: method(
    z.strictObject({
      eventId: entityId.optional(),
      kind: ImportKind,
      /** Households lists: the year whose tallies they give. */
      year: z.number().int().min(1900).max(2200).optional(),
      fileName: z.string().min(1).max(255),
      signature: z.string().max(5000),
      mapping,
      rows: z.array(CommitRow).max(100_000)
    }),
    CommitResult
  ),
  /** The event's delegates in the office layout, safe against formula injection. */
  exportDelegates: method(exportArgs, FileOut),
  exportHonorees: method(exportArgs, FileOut)
} satisfies ContractPart<(typeof importMethodNames)[number]>
