import type { PersonAtDesk } from '@shared/attendance/entities'
import { normalizeText } from '@shared/text'
import { AppError } from '@shared/result'
import { addDelegatesToDraft, ensureDefaultCategories } from '../delegates'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { checkInKit } from './check-in-kit'

const personFields = (p: PersonAtDesk) => ({
  fullName: p.fullName,
  ...(p.position !== undefined ? { position: p.position } : {}),
  ...(p.unit !== undefined ? { unit: p.unit } : {}),
  ...(p.gender !== undefined ? { gender: p.gender } : {})
})

/** People added at the door in one step: a guest not on the list, a substitute for a delegate. */
export function peopleAtDeskHandlers(
  deps: FeatureDeps
): HandlerGroup<('addGuest' | 'addSubstitute')[]> {
  const { read, changes, ctx } = deps
  const { now, outcome, stateOf, delegateOf, entry } = checkInKit(deps)

  /** Adds a person at the desk and checks them in, in one change. */
  const addPerson = async (
    eventId: string,
    desk: string,
    person: PersonAtDesk,
    categoryOf: (draft: DatabaseData) => string | null,
    replacedId: string | null
  ) => {
    const s = stateOf(eventId)
    const replaced = replacedId === null ? null : delegateOf(s, replacedId)
    if (replaced && s.replacedBy.has(replaced.id))
      throw new AppError(
        'CONFLICT',
        `${replaced.fullName} already has a substitute; undo that one first.`,
        { reason: 'hasSubstitute', name: replaced.fullName }
      )
    if (replaced && s.substituteOf.has(replaced.id))
      throw new AppError(
        'CONFLICT',
        `${replaced.fullName} is a substitute; choose whom they replace.`,
        { reason: 'isSubstitute', name: replaced.fullName }
      )
    const name = normalizeText(person.fullName)
    const { delegateId, entryId } = await changes.apply(
      {
        entity: 'delegate',
        action: replaced ? 'substitute' : 'guest',
        durable: true,
        door: true
      },
      (draft) => {
        const [added] = addDelegatesToDraft(
          draft,
          eventId,
          [{ ...personFields(person), categoryId: categoryOf(draft) }],
          ctx,
          now()
        )
        const e = entry(eventId, added!.id, 'in', desk)
        ;(draft.delegates.checkIns ??= []).push(e)
        if (replaced)
          (draft.delegates.substitutions ??= []).push({
            id: ctx.newId(),
            eventId,
            substituteId: added!.id,
            replacedId: replaced.id,
            at: e.at,
            desk: e.desk
          })
        return {
          value: { delegateId: added!.id, entryId: e.id },
          entityId: added!.id,
          subject: replaced ? `${name} (thay ${replaced.fullName})` : name,
          changes: []
        }
      }
    )
    return outcome(eventId, 'checkedIn', delegateId, entryId)
  }

  /** The event's guest category: the first one not counted, made if there is none. */
  const guestCategory = (eventId: string) => (draft: DatabaseData) => {
    const categories = ensureDefaultCategories(draft, eventId, ctx)
    const guest = categories.find((c) => !c.counted)
    if (guest) return guest.id
    const made = {
      id: ctx.newId(),
      eventId,
      name: 'Khách mời',
      counted: false,
      order: categories.length
    }
    draft.delegates.categories.push(made)
    return made.id
  }

  return {
    addGuest: ({ eventId, desk, guest }) =>
      addPerson(eventId, desk, guest, guestCategory(eventId), null),

    addSubstitute({ eventId, desk, replacedId, substitute }) {
      const replaced = read().delegates.delegates.find((d) => d.id === replacedId)
      return addPerson(
        eventId,
        desk,
        { unit: replaced?.unit ?? '', ...substitute },
        () => replaced?.categoryId ?? null,
        replacedId
      )
    }
  }
}
