import { writeFile } from 'node:fs/promises'
import type { AppService } from '../core/app-service'
import type { UnsavedCopy } from '../core/host'
import { unsavedCopyFileName } from '../core/rescue'
import type { UnsavedCopyOutcome } from '@shared/entities'
import { AppError, err, ok, type Result } from '@shared/result'

export interface SaveCopyDeps {
  dataDir: string
  now(): Date
  /** The save dialog: the path the person chose, or null when they closed it. */
  choosePath(defaultName: string): Promise<string | null>
}

/**
 * The desktop's way to save the data not yet on disk: written as a complete data file where the
 * person chooses (a USB stick, another drive).
 */
async function writeWhereChosen(
  copy: UnsavedCopy,
  choosePath: SaveCopyDeps['choosePath']
): Promise<Result<UnsavedCopyOutcome>> {
  if (!copy.take()) return ok({ kind: 'nothing-unsaved' })
  const path = await choosePath(copy.defaultName)
  if (!path) return ok({ kind: 'cancelled' })
  // Taken again after the dialog: changes made meanwhile are in the copy too.
  const bytes = copy.take()
  if (!bytes) return ok({ kind: 'nothing-unsaved' })
  try {
    await writeFile(path, bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return err('STORAGE_FAILED', `The copy could not be written to ${path}: ${reason}`)
  }
  return ok({ kind: 'saved', path })
}

/** The copy saved with the save dialog when quitting (outside any contract call). */
export function saveUnsavedCopyOnDesktop(
  service: Pick<AppService, 'unsavedCopy'>,
  deps: SaveCopyDeps
): Promise<Result<UnsavedCopyOutcome>> {
  const copy = {
    defaultName: unsavedCopyFileName(deps.dataDir, deps.now()),
    take: () => service.unsavedCopy?.() ?? null
  }
  return writeWhereChosen(copy, deps.choosePath)
}

/** The desktop host's `saveUnsavedCopy` (the contract method): the same, with a save dialog. */
export function saveCopyWithDialog(choosePath: SaveCopyDeps['choosePath']) {
  return async (copy: UnsavedCopy): Promise<UnsavedCopyOutcome> => {
    const saved = await writeWhereChosen(copy, choosePath)
    if (!saved.ok) throw new AppError(saved.error.code, saved.error.message, saved.error.details)
    return saved.value
  }
}
