import { z } from 'zod'

/** Remembered column mappings of spreadsheet imports. */
export const ImportsData = z.strictObject({
  mappings: z.array(z.unknown())
})
export type ImportsData = z.infer<typeof ImportsData>

export const emptyImportsData = (): ImportsData => ({ mappings: [] })
