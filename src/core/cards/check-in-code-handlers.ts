import { AppError } from '@shared/result'
import { delegatesOf, requireEvent } from '../delegates'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { verifyCheckInCode } from './check-in'
import { checkInKey } from './check-in-key'

/** The delegates' check-in codes: listed, revoked one card at a time, verified. */
export function checkInCodeHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'listCheckInCodes' | 'revokeCard' | 'verifyCheckInCode'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  const { withSecret, codesOf } = checkInKey(deps)
  return {
    async listCheckInCodes({ eventId }) {
      const data = await withSecret(eventId)
      return codesOf(data, eventId, delegatesOf(data, eventId))
    },
    async revokeCard({ delegateId, reason }) {
      const delegate = read().delegates.delegates.find((d) => d.id === delegateId)
      if (!delegate) throw new AppError('NOT_FOUND', `No delegate with id "${delegateId}"`)
      await withSecret(delegate.eventId)
      await changes.apply({ entity: 'delegate', action: 'revokeCard' }, (draft) => {
        draft.delegates.cardRevocations ??= []
        draft.delegates.cardRevocations.push({
          id: ctx.newId(),
          eventId: delegate.eventId,
          delegateId,
          reason: reason.normalize('NFC').trim(),
          revokedAt: now()
        })
        return {
          value: null,
          entityId: delegateId,
          subject: delegate.fullName,
          changes: [{ field: 'card', before: 'issued', after: 'revoked' }]
        }
      })
      return codesOf(read(), delegate.eventId, [delegate])[0]!
    },
    verifyCheckInCode({ eventId, code }) {
      const data = read()
      requireEvent(data, eventId)
      return verifyCheckInCode(data, eventId, code)
    }
  }
}
