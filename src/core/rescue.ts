import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { StartupNotice } from '@shared/entities'
import type { AppService } from './app-service'
import { defaultDataFileName, readSavedFile } from './storage/database'
import { decodeEnvelope, serializeData } from './storage/envelope'

/*
 * When Dais must stop with changes it could not write to the data folder (a full or failing disk),
 * the data as it is in memory goes next to the data folder (or, failing that, to another folder the
 * host names) as a complete data file. Its name carries an id of the data folder, so the next
 * start of that folder finds it and names it in a notice.
 */

const prefix = 'Dais-unsaved-'

/** Eight hex digits of the data folder's absolute path: which folder a copy belongs to. */
export const dataFolderId = (dataDir: string): string =>
  createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 8)

/** `Dais-unsaved-<time>-<folder id>.json`: sorts by time, names its data folder. */
export const unsavedCopyFileName = (dataDir: string, now: Date): string =>
  `${prefix}${now.toISOString().replace(/[:.]/g, '-')}-${dataFolderId(dataDir)}.json`

/** Where a copy may go, in order: the data folder's parent, then the host's other folders. */
export function rescueFolders(dataDir: string, elsewhere: readonly string[]): string[] {
  const folders = [dirname(resolve(dataDir)), ...elsewhere.map((folder) => resolve(folder))]
  return [...new Set(folders)]
}

/**
 * Writes the unsaved data to the first folder that takes it. Returns the path written, or null
 * when nothing was unsaved (or no folder took it).
 */
export async function saveUnsavedCopy(
  service: Pick<AppService, 'unsavedCopy'>,
  dataDir: string,
  elsewhere: readonly string[],
  now: Date
): Promise<string | null> {
  const bytes = service.unsavedCopy?.()
  if (!bytes) return null
  const name = unsavedCopyFileName(dataDir, now)
  for (const folder of rescueFolders(dataDir, elsewhere)) {
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

/** What to tell the person at exit: where the rescued data is and what to do with it. */
export const unsavedCopyMessage = (dataDir: string, path: string | null): string =>
  path
    ? `Some changes could not be saved to ${dataDir}. Everything as it was in Dais is in ${path}: after making room, copy it over dais-data.json in the data folder (Dais closed) to keep those changes.`
    : `Some changes could not be saved to ${dataDir}, and no other folder could take a copy: they are lost. Free some disk space before starting Dais again.`

export interface FoundUnsavedCopy {
  path: string
  seq: number
  savedAt: string
  checksum: string
}

/** The valid copies of this data folder's unsaved data in the rescue folders, oldest first. */
export async function findUnsavedCopies(
  dataDir: string,
  elsewhere: readonly string[]
): Promise<FoundUnsavedCopy[]> {
  const suffix = `-${dataFolderId(dataDir)}.json`
  const found: FoundUnsavedCopy[] = []
  for (const folder of rescueFolders(dataDir, elsewhere)) {
    let names: string[]
    try {
      names = await readdir(folder)
    } catch {
      continue
    }
    for (const name of names.filter((n) => n.startsWith(prefix) && n.endsWith(suffix)).sort()) {
      const path = join(folder, name)
      const decoded = await readFile(path).then(decodeEnvelope, () => null)
      if (!decoded?.ok) continue
      const { seq, savedAt, checksum } = decoded.envelope
      found.push({ path, seq, savedAt, checksum })
    }
  }
  return found.sort((a, b) => basename(a.path).localeCompare(basename(b.path)))
}

/**
 * One notice per copy the data folder does not already equal: where it is, when it was made and
 * how many of its changes the data folder lacks. A copy identical to the data (it was copied
 * back) needs no notice.
 */
export function unsavedCopyNotices(
  copies: readonly FoundUnsavedCopy[],
  current: { seq: number; checksum: string; dataFile: string }
): StartupNotice[] {
  return copies
    .filter((copy) => copy.checksum !== current.checksum)
    .map((copy) => {
      const changesMissing = Math.max(0, copy.seq - current.seq)
      const missing =
        changesMissing > 0
          ? `${changesMissing} change(s) in it (up to no. ${copy.seq}) are not in the data folder, which ends at no. ${current.seq}`
          : `the data folder (at no. ${current.seq}) may lack some of its changes`
      return {
        kind: 'unsaved-copy' as const,
        message: `Dais could not save some changes and kept the data as it was on ${copy.savedAt} in ${copy.path}; ${missing}. To keep them, close Dais and copy that file over ${current.dataFile}; once done (or not wanted), move the file away and this notice goes.`,
        restoredFrom: null,
        restoredAt: null,
        quarantinedAs: null,
        unsavedCopy: { path: copy.path, savedAt: copy.savedAt, seq: copy.seq, changesMissing }
      }
    })
}

/**
 * For `dais doctor`: the notices the next start would show about copies of unsaved data, measured
 * against what is saved in the data folder now (the data file plus its journal).
 */
export async function inspectUnsavedCopies(
  dataDir: string,
  elsewhere: readonly string[]
): Promise<StartupNotice[]> {
  const copies = await findUnsavedCopies(dataDir, elsewhere)
  if (copies.length === 0) return []
  const dataFile = join(dataDir, defaultDataFileName)
  const saved = await readSavedFile(dataDir).catch(() => null)
  const current = saved
    ? { seq: saved.seq, checksum: serializeData(saved.data).checksum, dataFile }
    : { seq: 0, checksum: '', dataFile }
  return unsavedCopyNotices(copies, current)
}
