import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { AppService } from './app-service'

/**
 * When Dais must stop with changes it could not write to the data folder (a full or failing
 * disk), their data goes to the first of `folders` that takes it, as a complete data file.
 * Returns the path written, or null when nothing was unsaved (or no folder took it).
 */
export async function saveUnsavedCopy(
  service: Pick<AppService, 'unsavedCopy'>,
  folders: readonly string[],
  now: Date
): Promise<string | null> {
  const bytes = service.unsavedCopy?.()
  if (!bytes) return null
  const name = `Dais-unsaved-${now.toISOString().replace(/[:.]/g, '-')}.json`
  for (const folder of folders) {
    const path = join(folder, name)
    try {
      await writeFile(path, bytes, { flag: 'wx' })
      return path
    } catch {
      // That folder is full or not writable either: try the next one.
    }
  }
  return null
}

/** What to tell the person: where the rescued data is and what to do with it. */
export const unsavedCopyMessage = (dataDir: string, path: string | null): string =>
  path
    ? `Some changes could not be saved to ${dataDir}. Everything as it was in Dais is in ${path}: after making room, copy it over dais-data.json in the data folder (Dais closed) to keep those changes.`
    : `Some changes could not be saved to ${dataDir}, and no other folder could take a copy: they are lost. Free some disk space before starting Dais again.`
