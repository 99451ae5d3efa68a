import { z } from 'zod'
import type { ContractPart } from '../contract-part'
import { byEventId, byId, entityId, FileOut, method, none } from '../contract-part'
import { AwardForm, BonusTable, Decision, Honoree, RegisterEntry } from './entities'
import type { honoursMethodNames } from './method-names'

export const HonoreeFields = Honoree.omit({
  id: true,
  eventId: true,
  createdAt: true,
  updatedAt: true
})
export type HonoreeFields = z.infer<typeof HonoreeFields>

export const AwardFormFields = AwardForm.omit({ id: true })
export type AwardFormFields = z.infer<typeof AwardFormFields>

export const DecisionFields = Decision.omit({
  id: true,
  eventId: true,
  status: true,
  issuedAt: true,
  issuedBy: true,
  createdAt: true,
  updatedAt: true
})
export type DecisionFields = z.infer<typeof DecisionFields>

export const DelegateChoice = z.strictObject({
  id: entityId,
  fullName: z.string(),
  gender: z.enum(['male', 'female']).nullable(),
  position: z.string(),
  unit: z.string()
})
export type DelegateChoice = z.infer<typeof DelegateChoice>

const ids = z.array(entityId).min(1).max(10_000)
const deleted = z.strictObject({ deleted: z.literal(true) })

export const RegisterQuery = z.strictObject({
  eventId: entityId.optional(),
  /** Diacritics-insensitive search on the name line and the number. */
  query: z.string().max(200).optional()
})
export type RegisterQuery = z.infer<typeof RegisterQuery>

export const honoursContract = {
  listHonorees: method(byEventId, z.array(Honoree)),
  createHonoree: method(z.strictObject({ eventId: entityId, fields: HonoreeFields }), Honoree),
  updateHonoree: method(
    z.strictObject({ id: entityId, patch: HonoreeFields.partial().strict() }),
    Honoree
  ),
  /** Refused (FROZEN) for honorees of an issued decision; removed from draft decisions. */
  /**
   * Refused with CONFLICT (details.reason "honoree-in-round", details.roundTitles) when an honoree
   * stands in an award round, unless `onRounds` says to take them out of it.
   */
  deleteHonorees: method(
    z.strictObject({ ids, onRounds: z.enum(['refuse', 'remove-from-round']).optional() }),
    z.strictObject({ deleted: z.number().int() })
  ),

  /** The event's delegates an honoree may be linked to (name, position, unit, gender). */
  listDelegateChoices: method(byEventId, z.array(DelegateChoice)),

  listAwardForms: method(none, z.array(AwardForm)),
  createAwardForm: method(AwardFormFields, AwardForm),
  updateAwardForm: method(
    z.strictObject({ id: entityId, patch: AwardFormFields.partial().strict() }),
    AwardForm
  ),
  /** Refused (CONFLICT) while a decision or the register uses the form: deactivate it instead. */
  deleteAwardForm: method(byId, deleted),

  listDecisions: method(byEventId, z.array(Decision)),
  /** Defaults: the organisation's symbol and first signer, the default legal bases. */
  createDecision: method(
    z.strictObject({ eventId: entityId, fields: DecisionFields.partial().strict().optional() }),
    Decision
  ),
  updateDecision: method(
    z.strictObject({ id: entityId, patch: DecisionFields.partial().strict() }),
    Decision
  ),
  deleteDecision: method(byId, deleted),
  /** INCOMPLETE with `details.missing`; CONFLICT when the number is used in the same year. */
  issueDecision: method(byId, Decision),

  listRegister: method(RegisterQuery, z.array(RegisterEntry)),
  voidRegisterEntry: method(
    z.strictObject({ id: entityId, reason: z.string().max(500) }),
    RegisterEntry
  ),
  /**
   * What came out of the printer, as the user confirms it: `printed` sheets came out right (a
   * certificate's second good sheet is a reprint and needs `reprintReason`), `spoiled` ones came
   * out wrong and are to be printed again. Making a batch file records nothing. Returns the
   * entries changed.
   */
  recordRegisterPrints: method(
    z
      .strictObject({
        printed: z.array(entityId).max(10_000),
        spoiled: z
          .array(z.strictObject({ entryId: entityId, reason: z.string().max(500) }))
          .max(10_000),
        reprintReason: z.string().max(500),
        batchId: z.string().max(100).nullable()
      })
      .refine((a) => a.printed.length + a.spoiled.length > 0, 'nothing to record'),
    z.array(RegisterEntry)
  ),
  exportRegister: method(RegisterQuery, FileOut),

  getBonusTable: method(byId, BonusTable),
  exportBonusTable: method(
    z.strictObject({ id: entityId, format: z.enum(['xlsx', 'pdf']) }),
    FileOut
  ),
  exportDecisionPdf: method(byId, FileOut)
} satisfies ContractPart<(typeof honoursMethodNames)[number]>
