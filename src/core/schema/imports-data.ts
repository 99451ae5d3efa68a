import { z } from 'zod'
import { ImportMappingRecord } from '@shared/import/entities'

/** Remembered column mappings of spreadsheet imports (per kind and header signature). */
export const ImportsData = z.strictObject({
  mappings: z.array(ImportMappingRecord)
})
export type ImportsData = z.infer<typeof ImportsData>

export const emptyImportsData = (): ImportsData => ({ mappings: [] })
