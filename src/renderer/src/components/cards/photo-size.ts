import { maxEventFileBytes } from '../../event-file'

/**
 * The most the photos of one print may weigh, each and together: they travel in the one request,
 * which the core caps at the size of an event file (`maxImportBase64Length` in the contract).
 */
export const maxPhotoBytes = maxEventFileBytes

export type PhotoSizeProblem =
  | { kind: 'file'; fileName: string; size: number; limit: number }
  | { kind: 'total'; count: number; size: number; limit: number }

/** The first photo too large to send, else the choice when together they are too large. */
export function photoSizeProblem(
  files: readonly { name: string; size: number }[],
  limit = maxPhotoBytes
): PhotoSizeProblem | null {
  const big = files.find((f) => f.size > limit)
  if (big) return { kind: 'file', fileName: big.name, size: big.size, limit }
  const size = files.reduce((sum, f) => sum + f.size, 0)
  return size > limit ? { kind: 'total', count: files.length, size, limit } : null
}
