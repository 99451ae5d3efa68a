import type { Delegate } from '@shared/delegates/entities'
import { requireEvent } from '../delegates'
import type { FeatureDeps } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { checkInCodes, ensureEventSecret } from './check-in'

/** The event's check-in key and the codes made from it, shared by the cards' handler groups. */
export function checkInKey({ read, changes, ctx }: FeatureDeps) {
  const now = () => ctx.clock.now().toISOString()
  const random = ctx.randomBytes?.bind(ctx)

  /** The event's key, made (and saved) the first time codes are asked for. */
  const withSecret = async (eventId: string): Promise<DatabaseData> => {
    const data = read()
    requireEvent(data, eventId)
    if (data.delegates.checkInSecrets?.some((s) => s.eventId === eventId)) return data
    const title = data.events.find((e) => e.id === eventId)?.title ?? eventId
    await changes.apply({ entity: 'event', action: 'createCheckInKey' }, (draft) => {
      ensureEventSecret(draft, eventId, now(), random)
      return { value: null, entityId: eventId, subject: title, changes: [] }
    })
    return read()
  }

  const codesOf = (data: DatabaseData, eventId: string, delegates: readonly Delegate[]) => {
    const codes = checkInCodes(data, eventId, delegates)!
    return [...delegates]
      .sort((a, b) => a.number - b.number)
      .map((d) => ({ delegateId: d.id, number: d.number, code: codes.get(d.id)! }))
  }

  return { withSecret, codesOf }
}
