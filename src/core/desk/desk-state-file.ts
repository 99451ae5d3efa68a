import { z } from 'zod'
import { writeFileDurably } from '../storage/durable-write'
import { errorCode, nodeStorageFs } from '../storage/storage-fs'
import type { StoredDesk } from './desk-registry'

/** The listener left on and its paired desks, kept beside the data file across a restart. */
const DeskState = z.strictObject({
  format: z.literal('dais-desks'),
  version: z.literal(1),
  eventId: z.string().min(1),
  address: z.string().min(1),
  port: z.number().int().min(1).max(65_535),
  desks: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      eventId: z.string().min(1),
      pairedAt: z.string(),
      lastSeenAt: z.string().nullable(),
      revokedAt: z.string().nullable(),
      /** SHA-256 of the token, hex; the token itself is never written anywhere. */
      tokenHash: z.string().regex(/^[0-9a-f]{64}$/)
    })
  )
})
export type DeskState = z.infer<typeof DeskState>

export const deskStateFileName = 'desks.json'

/** The kept state, or null when there is none or it cannot be read (the listener stays off). */
export async function readDeskState(path: string): Promise<DeskState | null> {
  let text: string
  try {
    text = (await nodeStorageFs.readFile(path)).toString('utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
  try {
    const parsed = DeskState.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export async function writeDeskState(
  path: string,
  state: Omit<DeskState, 'format' | 'version' | 'desks'> & { desks: StoredDesk[] }
): Promise<void> {
  const file: DeskState = { format: 'dais-desks', version: 1, ...state }
  await writeFileDurably(nodeStorageFs, path, Buffer.from(JSON.stringify(file, null, 2), 'utf8'))
}

export async function clearDeskState(path: string): Promise<void> {
  try {
    await nodeStorageFs.unlink(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
}
