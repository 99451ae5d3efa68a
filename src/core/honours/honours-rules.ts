import type { Decision, Honoree } from '@shared/honours/entities'
import { honoreeKinds } from '@shared/honours/entities'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'

/** Detaches a value from the immer draft it was read from. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** Input fields kept exactly as typed (ids and id lists). */
export const verbatim = new Set([
  'id',
  'eventId',
  'delegateId',
  'awardFormId',
  'collective',
  'individual',
  'household'
])

export const findIn = <T extends { id: string }>(
  list: readonly T[],
  id: string,
  what: string
): T => {
  const found = list.find((x) => x.id === id)
  if (!found) throw new AppError('NOT_FOUND', `${what} ${id} not found.`)
  return found
}
export const assertEvent = (data: DatabaseData, eventId: string) =>
  findIn(data.events, eventId, 'Event')

/** Decisions already issued that name the honoree. */
export const issuedDecisionsOf = (data: DatabaseData, honoreeId: string) =>
  data.honours.decisions.filter(
    (d) => d.status === 'issued' && honoreeKinds.some((k) => d.honoreeIds[k].includes(honoreeId))
  )

export const checkHonoree = (data: DatabaseData, eventId: string, h: Partial<Honoree>) => {
  if (h.name !== undefined && h.name.trim() === '')
    throw new AppError('INVALID_ARGUMENT', 'name: the name is required', {
      issues: [{ path: ['name'], message: 'required' }]
    })
  if (h.delegateId) {
    const delegate = data.delegates.delegates.find((d) => d.id === h.delegateId)
    if (!delegate || delegate.eventId !== eventId)
      throw new AppError('NOT_FOUND', `Delegate ${h.delegateId} not found in this event.`)
  }
}

/** Honorees in a decision must belong to its event, appear once, and sit in their kind's group. */
export const checkDecisionHonorees = (data: DatabaseData, decision: Decision) => {
  const seen = new Set<string>()
  for (const kind of honoreeKinds)
    for (const hid of decision.honoreeIds[kind]) {
      const h = data.honours.honorees.find((x) => x.id === hid)
      if (!h || h.eventId !== decision.eventId)
        throw new AppError('NOT_FOUND', `Honoree ${hid} not found in this event.`)
      if (h.kind !== kind)
        throw new AppError('INVALID_ARGUMENT', `${h.name} is not in the ${kind} group.`)
      if (seen.has(hid)) throw new AppError('CONFLICT', `${h.name} appears twice in the decision.`)
      seen.add(hid)
    }
}
