import { readSavedState } from './journal-recovery'
import { errorCode, nodeStorageFs, type StorageFs } from './storage-fs'

/**
 * A data folder as a command that only reads it sees it, without opening it (no lock, nothing
 * created, recovered or migrated):
 * - `empty`: no folder, or an empty one — a first start's defaults apply;
 * - `saved`: the data file with its journal replayed, intact and of `schemaVersion`;
 * - `open`: anything else (a damaged file or journal, a missing data file beside backups, an
 *   older or newer version, files that are not Dais's), which only opening the folder handles.
 */
export type SavedData = { state: 'empty' } | { state: 'saved'; data: unknown } | { state: 'open' }

export async function readSavedData(
  dataDir: string,
  schemaVersion: number,
  fs: StorageFs = nodeStorageFs
): Promise<SavedData> {
  let entries: string[]
  try {
    entries = await fs.readdir(dataDir)
  } catch (error) {
    return errorCode(error) === 'ENOENT' ? { state: 'empty' } : { state: 'open' }
  }
  if (entries.length === 0) return { state: 'empty' }
  const saved = await readSavedState(fs, dataDir, 'dais-data.json')
  if (!saved.envelope || saved.journal?.problem) return { state: 'open' }
  if (saved.envelope.schemaVersion !== schemaVersion) return { state: 'open' }
  return { state: 'saved', data: saved.envelope.data }
}
