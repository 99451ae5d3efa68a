import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import {
  checkInAlphabet,
  checkInSeparator,
  checkInSignatureLength,
  parseCheckInCode
} from '@shared/cards/check-in-code'
import type { CheckInVerdict } from '@shared/cards/entities'
import type { Delegate } from '@shared/delegates/entities'
import type { DatabaseData } from '../schema/database-schema'

const base = BigInt(checkInAlphabet.length)

/**
 * The signature of one card: HMAC-SHA256 over the delegate's number (stable in the event, never
 * reused) and how many times the card was revoked, written as 10 characters of the check-in
 * alphabet (28^10 ≈ 2^48: guessing one takes on the order of 10^14 tries).
 */
function signature(secret: Buffer, number: number, generation: number): string {
  const mac = createHmac('sha256', secret)
    .update(`dais-check-in/1|${number}|${generation}`)
    .digest()
  let v = mac.readBigUInt64BE(0)
  let out = ''
  for (let i = 0; i < checkInSignatureLength; i++) {
    out += checkInAlphabet[Number(v % base)]
    v /= base
  }
  return out
}

export function checkInCode(secret: Buffer, number: number, generation: number): string {
  return `${number}${checkInSeparator}${signature(secret, number, generation)}`
}

export const newCheckInSecret = (random: (size: number) => Uint8Array = randomBytes): string =>
  Buffer.from(random(32)).toString('base64')

export function eventSecret(data: DatabaseData, eventId: string): Buffer | null {
  const s = data.delegates.checkInSecrets?.find((x) => x.eventId === eventId)
  return s ? Buffer.from(s.secretBase64, 'base64') : null
}

/** Gives the event its signing key if it has none yet (inside a change). */
export function ensureEventSecret(
  draft: DatabaseData,
  eventId: string,
  now: string,
  random?: (size: number) => Uint8Array
): boolean {
  if (eventSecret(draft, eventId)) return false
  draft.delegates.checkInSecrets ??= []
  draft.delegates.checkInSecrets.push({
    eventId,
    secretBase64: newCheckInSecret(random),
    createdAt: now
  })
  return true
}

/** How many times each delegate's card of the event was revoked. */
export function cardGenerations(data: DatabaseData, eventId: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const r of data.delegates.cardRevocations ?? []) {
    if (r.eventId === eventId) out.set(r.delegateId, (out.get(r.delegateId) ?? 0) + 1)
  }
  return out
}

/** The current code of every listed delegate; null when the event has no key yet. */
export function checkInCodes(
  data: DatabaseData,
  eventId: string,
  delegates: readonly Pick<Delegate, 'id' | 'number'>[]
): Map<string, string> | null {
  const secret = eventSecret(data, eventId)
  if (!secret) return null
  const generations = cardGenerations(data, eventId)
  return new Map(
    delegates.map((d) => [d.id, checkInCode(secret, d.number, generations.get(d.id) ?? 0)])
  )
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/**
 * What a scanned or typed code is: the current card of a delegate ("valid"), a card since
 * revoked ("revoked"), a code with the shape of one but a wrong signature ("forged"), a number
 * no delegate of the event has ("unknown"), or not a check-in code at all ("malformed").
 */
export function verifyCheckInCode(
  data: DatabaseData,
  eventId: string,
  typed: string
): CheckInVerdict {
  const none = { delegateId: null, number: null, fullName: null }
  const parsed = parseCheckInCode(typed)
  if (!parsed) return { status: 'malformed', ...none }
  const secret = eventSecret(data, eventId)
  const delegate = data.delegates.delegates.find(
    (d) => d.eventId === eventId && d.number === parsed.number
  )
  if (!secret || !delegate) return { status: 'unknown', ...none, number: parsed.number }
  const who = { delegateId: delegate.id, number: delegate.number, fullName: delegate.fullName }
  const generation = cardGenerations(data, eventId).get(delegate.id) ?? 0
  if (sameText(signature(secret, delegate.number, generation), parsed.signature)) {
    return { status: 'valid', ...who }
  }
  for (let g = generation - 1; g >= 0; g--) {
    if (sameText(signature(secret, delegate.number, g), parsed.signature)) {
      return { status: 'revoked', ...who }
    }
  }
  return { status: 'forged', ...none, number: parsed.number }
}
