import { z } from 'zod'
import { byEventId, byId, entityId, method, type ContractPart } from '../contract-part'
import {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegatePatch,
  DelegateSaved,
  DelegateWarning,
  NewDelegate
} from './entities'
import type { delegatesMethodNames } from './method-names'

const manyIds = z.array(entityId).min(1).max(100_000)
/** The most delegates one addDelegates call takes. */
export const maxDelegatesPerAdd = 100_000

export const delegatesContract = {
  /** The event's delegates in number order. */
  listDelegates: method(byEventId, z.array(Delegate)),
  getDelegate: method(byId, Delegate),
  /** Adds one delegate with the next number; gives the event its default categories first. */
  createDelegate: method(z.strictObject({ eventId: entityId, fields: NewDelegate }), DelegateSaved),
  /** Adds many delegates in one all-or-nothing change (paste, import). */
  addDelegates: method(
    z.strictObject({
      eventId: entityId,
      delegates: z.array(NewDelegate).min(1).max(maxDelegatesPerAdd)
    }),
    z.strictObject({ added: z.array(Delegate) })
  ),
  /** `patch.custom` and `patch.flags` merge into what the delegate has; a '' custom value clears it. */
  updateDelegate: method(z.strictObject({ id: entityId, patch: DelegatePatch }), DelegateSaved),
  /** Bulk edit: the same patch on every listed delegate, all or nothing. */
  updateDelegates: method(
    z.strictObject({ ids: manyIds, patch: DelegatePatch }),
    z.strictObject({ updated: z.number().int() })
  ),
  deleteDelegates: method(
    z.strictObject({ ids: manyIds }),
    z.strictObject({ deleted: z.number().int() })
  ),
  /** Probable duplicates among the event's delegates. */
  listDelegateWarnings: method(byEventId, z.array(DelegateWarning)),
  listDelegateCategories: method(byEventId, z.array(DelegateCategory)),
  /**
   * Replaces the event's list of categories with this one, in this order (id null = new). A
   * category still given to a delegate cannot be dropped (CONFLICT).
   */
  saveDelegateCategories: method(
    z.strictObject({
      eventId: entityId,
      categories: z
        .array(
          z.strictObject({
            id: entityId.nullable(),
            name: z.string().min(1).max(200),
            counted: z.boolean(),
            /** The card colour; absent keeps the category's colour, null removes it. */
            color: DelegateCategory.shape.color.unwrap().nullable().optional()
          })
        )
        .max(100)
    }),
    z.array(DelegateCategory)
  ),
  listDelegateColumns: method(byEventId, z.array(DelegateColumn)),
  /** Replaces the event's custom columns (id null = new); a dropped column's values go with it. */
  saveDelegateColumns: method(
    z.strictObject({
      eventId: entityId,
      columns: z
        .array(z.strictObject({ id: entityId.nullable(), label: z.string().min(1).max(100) }))
        .max(50)
    }),
    z.array(DelegateColumn)
  )
} satisfies ContractPart<(typeof delegatesMethodNames)[number]>
