import { createHash, randomBytes as nodeRandomBytes } from 'node:crypto'

export interface PairedDesk {
  id: string
  name: string
  eventId: string
  pairedAt: string
  lastSeenAt: string | null
  revokedAt: string | null
}

/** A paired desk as kept across a restart of Dais: its token only as a SHA-256 hash. */
export interface StoredDesk extends PairedDesk {
  tokenHash: string
}

export interface Pairing {
  code: string
  deskName: string
  eventId: string
  expiresAt: string
}

export interface DeskRegistryOptions {
  now: () => Date
  randomBytes?: (size: number) => Uint8Array
  /** How long a pairing code may be used (default 10 minutes). */
  codeLifetimeMs?: number
  /** Wrong codes tolerated before every open code is withdrawn (default 10). */
  maxWrongCodes?: number
  /** The desks paired before a restart, as `stored()` gave them. */
  restore?: readonly StoredDesk[]
  /** Called after a desk is paired or revoked, to keep the desks; its promise is `whenSaved()`. */
  onChange?: (desks: StoredDesk[]) => Promise<void>
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * The desks allowed to check in. The main screen opens a one-time code for a named desk; the desk
 * trades it for its own token; the main screen can revoke a desk at any time. Tokens are kept
 * only as hashes — in memory and in what `onChange` keeps across a restart; pairing codes are
 * never kept.
 */
export function createDeskRegistry(options: DeskRegistryOptions) {
  const random = options.randomBytes ?? ((n: number) => nodeRandomBytes(n))
  const lifetime = options.codeLifetimeMs ?? 10 * 60_000
  const maxWrong = options.maxWrongCodes ?? 10
  const pairings = new Map<string, Pairing>()
  const desks = new Map<string, PairedDesk>()
  const byTokenHash = new Map<string, string>()
  const hashOf = new Map<string, string>()
  for (const { tokenHash, ...desk } of options.restore ?? []) {
    desks.set(desk.id, { ...desk })
    byTokenHash.set(tokenHash, desk.id)
    hashOf.set(desk.id, tokenHash)
  }
  let wrongCodes = 0
  let saved: Promise<void> = Promise.resolve()
  const stored = (): StoredDesk[] =>
    [...desks.values()].map((d) => ({ ...d, tokenHash: hashOf.get(d.id) ?? '' }))
  const changed = () => {
    const save = options.onChange
    if (save) saved = saved.then(() => save(stored()))
  }
  const iso = () => options.now().toISOString()

  /** Six digits: typed on a desk whose Vietnamese input method leaves digits alone. */
  const newCode = (): string => {
    for (;;) {
      const n = Buffer.from(random(4)).readUInt32BE(0) % 1_000_000
      const code = String(n).padStart(6, '0')
      if (!pairings.has(code)) return code
    }
  }

  return {
    openPairing(eventId: string, deskName: string): Pairing {
      const name = deskName.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 100)
      if (name === '') throw new Error('A desk needs a name')
      const pairing: Pairing = {
        code: newCode(),
        deskName: name,
        eventId,
        expiresAt: new Date(options.now().getTime() + lifetime).toISOString()
      }
      pairings.set(pairing.code, pairing)
      return pairing
    },
    /** Trades a one-time code for the desk's token; null for an unknown, used or expired code. */
    pair(code: string): { token: string; desk: PairedDesk } | null {
      const pairing = pairings.get(code.trim())
      if (!pairing || pairing.expiresAt <= iso()) {
        if (++wrongCodes >= maxWrong) {
          pairings.clear()
          wrongCodes = 0
        }
        return null
      }
      pairings.delete(pairing.code)
      const token = Buffer.from(random(32)).toString('base64url')
      const desk: PairedDesk = {
        id: Buffer.from(random(9)).toString('base64url'),
        name: pairing.deskName,
        eventId: pairing.eventId,
        pairedAt: iso(),
        lastSeenAt: null,
        revokedAt: null
      }
      desks.set(desk.id, desk)
      byTokenHash.set(hash(token), desk.id)
      hashOf.set(desk.id, hash(token))
      changed()
      return { token, desk: { ...desk } }
    },
    /** The desk holding this token, unless revoked; marks it seen. */
    deskOf(token: string | undefined): PairedDesk | null {
      if (!token) return null
      const id = byTokenHash.get(hash(token))
      const desk = id ? desks.get(id) : undefined
      if (!desk || desk.revokedAt) return null
      desk.lastSeenAt = iso()
      return { ...desk }
    },
    revoke(deskId: string): boolean {
      const desk = desks.get(deskId)
      if (!desk || desk.revokedAt) return false
      desk.revokedAt = iso()
      changed()
      return true
    },
    /** Settles once every pairing and revocation so far has been kept (see `onChange`). */
    whenSaved: (): Promise<void> => saved,
    stored,
    desks: (): PairedDesk[] => [...desks.values()].map((d) => ({ ...d })),
    openPairings: (): Pairing[] => [...pairings.values()].filter((p) => p.expiresAt > iso())
  }
}
export type DeskRegistry = ReturnType<typeof createDeskRegistry>
