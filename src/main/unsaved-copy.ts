import { writeFile } from 'node:fs/promises'
import type { AppService } from '../core/app-service'
import { unsavedCopyFileName } from '../core/rescue'
import type { UnsavedCopyOutcome } from '../shared/entities'
import { err, ok, type Result } from '../shared/result'

export interface SaveCopyDeps {
  dataDir: string
  now(): Date
  /** The save dialog: the path the person chose, or null when they closed it. */
  choosePath(defaultName: string): Promise<string | null>
}

/**
 * The desktop's answer to `saveUnsavedCopy`: the data not yet on disk, written as a complete
 * data file where the person chooses (a USB stick, another drive).
 */
export async function saveUnsavedCopyOnDesktop(
  service: Pick<AppService, 'unsavedCopy'>,
  deps: SaveCopyDeps
): Promise<Result<UnsavedCopyOutcome>> {
  if (!service.unsavedCopy?.()) return ok({ kind: 'nothing-unsaved' })
  const path = await deps.choosePath(unsavedCopyFileName(deps.dataDir, deps.now()))
  if (!path) return ok({ kind: 'cancelled' })
  // Taken again after the dialog: changes made meanwhile are in the copy too.
  const bytes = service.unsavedCopy()
  if (!bytes) return ok({ kind: 'nothing-unsaved' })
  try {
    await writeFile(path, bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return err('STORAGE_FAILED', `The copy could not be written to ${path}: ${reason}`)
  }
  return ok({ kind: 'saved', path })
}
