import { z } from 'zod'

/** One feature's slice of the contract; contract.ts merges them into the one method table. */
export type ContractPart<Name extends string> = Record<Name, { args: z.ZodType; result: z.ZodType }>

export const method = <A extends z.ZodType, R extends z.ZodType>(args: A, result: R) => ({
  args,
  result
})

export const none = z.strictObject({})
export const entityId = z.string().min(1).max(64)
export const byId = z.strictObject({ id: entityId })
export const byEventId = z.strictObject({ eventId: entityId })

/** 50 MB of file, as base64. */
export const maxImportBase64Length = Math.ceil((50 * 1024 * 1024) / 3) * 4

/** A file leaving the app as bytes the renderer saves or opens. */
export const FileOut = z.strictObject({
  fileName: z.string(),
  contentType: z.string(),
  contentBase64: z.string()
})
export type FileOut = z.infer<typeof FileOut>

/** A file arriving from the renderer (file input or drag and drop): never a path. */
export const FileIn = z.strictObject({
  fileName: z.string().min(1).max(255),
  contentBase64: z.string().min(1).max(maxImportBase64Length)
})
export type FileIn = z.infer<typeof FileIn>
