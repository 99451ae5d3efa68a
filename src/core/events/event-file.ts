import { createHash } from 'node:crypto'
import { z } from 'zod'
import { EventFields } from '@shared/entities'
import { AppError } from '@shared/result'
import { searchKey } from '@shared/text'
import { EventRecordsSchema } from './event-records'

export const eventFileFormat = 'dais-event'
/**
 * 2 added the event's records of every feature (delegates, honours, agenda…); 3 the attendance
 * a vote recorded (an older Dais refuses such a file by its version, not by a strange field).
 */
export const eventFileVersion = 3
export const eventFileExtension = '.dais-event.json'
/** A whole event, for a USB stick or another office. Later features add their records here. */
export const EventFilePayload = z.strictObject({
  event: EventFields,
  records: EventRecordsSchema.optional()
})
export type EventFilePayload = z.infer<typeof EventFilePayload>

const EventFileEnvelope = z.object({
  format: z.literal(eventFileFormat),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  exportedAt: z.string(),
  checksum: z.string(),
  payload: z.unknown()
})

const checksumOf = (payload: unknown) =>
  createHash('sha256').update(JSON.stringify(payload)).digest('hex')

export function encodeEventFile(
  payload: EventFilePayload,
  meta: { appVersion: string; exportedAt: string }
): Buffer {
  const file = {
    format: eventFileFormat,
    formatVersion: eventFileVersion,
    ...meta,
    checksum: checksumOf(payload),
    payload
  }
  return Buffer.from(JSON.stringify(file, null, 2), 'utf8')
}

const refuse = (fileName: string, reason: string) =>
  new AppError('INVALID_ARGUMENT', `${fileName}: ${reason}`, { fileName, reason })

/** Parses and verifies an event file; every way it can be wrong is a clear INVALID_ARGUMENT. */
export function decodeEventFile(fileName: string, bytes: Buffer): EventFilePayload {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw refuse(fileName, 'this is not a Dais event file (it is not JSON text).')
  }
  const envelope = EventFileEnvelope.safeParse(json)
  if (!envelope.success) throw refuse(fileName, 'this is not a Dais event file.')
  const { formatVersion, checksum, payload } = envelope.data
  if (formatVersion > eventFileVersion) {
    throw refuse(fileName, 'the file was exported by a newer version of Dais; update Dais first.')
  }
  if (checksumOf(payload) !== checksum) {
    throw refuse(fileName, 'the file is damaged or was edited by hand (checksum mismatch).')
  }
  const parsed = EventFilePayload.safeParse(payload)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw refuse(
      fileName,
      `the event in the file is invalid (${issue?.path.join('.')}: ${issue?.message}).`
    )
  }
  return parsed.data
}

/** "Đại hội Thi đua… 2020 - 2025" on 2025-09-12 → "dai-hoi-thi-dua-…-2020-2025-2025-09-12.dais-event.json" */
export function eventFileName(title: string, date: string | null): string {
  const slug = searchKey(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || 'su-kien'}${date ? `-${date}` : ''}${eventFileExtension}`
}
