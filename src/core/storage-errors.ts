import { AppError } from '@shared/result'

/** What an operating-system error code means for the person at the desk. */
const causes: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'the file is too large for the disk',
  EIO: 'the disk reported a read/write error',
  EROFS: 'the disk is read-only',
  EACCES: 'permission was denied',
  EPERM: 'the operation was not permitted (another program may hold the file)',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open'
}

/**
 * An operating-system failure to read or write a file as a STORAGE_FAILED error that names the
 * cause and the file; undefined for anything else (a bug stays INTERNAL).
 */
export function storageErrorOf(error: unknown): AppError | undefined {
  if (!(error instanceof Error)) return undefined
  const { code, path } = error as NodeJS.ErrnoException
  const cause = code === undefined ? undefined : causes[code]
  if (!cause) return undefined
  const where = path ? ` ${path}` : ' a file'
  return new AppError(
    'STORAGE_FAILED',
    `The file${where} could not be read or written: ${cause} (${code}). Nothing was changed by this request; free some space or fix the folder and try again.`,
    { cause: code, ...(path ? { path } : {}) }
  )
}
