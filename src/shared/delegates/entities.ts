import { z } from 'zod'
import { isoDate } from '../entities'

const text = (max = 500) => z.string().max(max)
const id = z.string().min(1).max(64)

export const genders = ['male', 'female'] as const
export const Gender = z.enum(genders)
export type Gender = z.infer<typeof Gender>

export const DelegateFlags = z.strictObject({
  /** Receives an award at this event. */
  honoree: z.boolean(),
  /** Gives a talk (tham luận). */
  speaker: z.boolean(),
  presidium: z.boolean(),
  secretariat: z.boolean()
})
export type DelegateFlags = z.infer<typeof DelegateFlags>

/** An editable category of an event's delegates: official delegate, invited guest, … */
export const DelegateCategory = z.strictObject({
  id,
  eventId: id,
  name: text(200),
  /** Counts towards the congress's delegates (as opposed to guests). */
  counted: z.boolean(),
  order: z.number().int(),
  /** The colour of its delegates' cards (a band or background), chosen by the user. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
})
export type DelegateCategory = z.infer<typeof DelegateCategory>

/**
 * What any record about a person carries — a delegate, a roster member — in this order. Spread
 * `.shape` into a record's schema so both stay one definition.
 */
export const PersonDetails = z.strictObject({
  /** As typed, NFC. */
  fullName: text(200),
  /** Overrides of the derived split (họ và đệm / tên); null = derived from fullName. */
  familyAndMiddleOverride: text(200).nullable(),
  givenNameOverride: text(100).nullable(),
  gender: Gender.nullable(),
  birthYear: z.number().int().min(1900).max(2200).nullable(),
  birthDate: isoDate.nullable(),
  ethnicity: text(100),
  religion: text(100),
  position: text(300),
  unit: text(300),
  professionalLevel: text(100),
  politicalTheoryLevel: text(100),
  partyMember: z.boolean(),
  partyJoinDate: isoDate.nullable()
})

/** The closing fields of a person record: phone, notes and custom column values. */
export const PersonNotes = z.strictObject({
  phone: text(50),
  notes: text(2000),
  /** Custom columns: column key → value. */
  custom: z.record(z.string().max(64), text(1000))
})

export const Delegate = z.strictObject({
  id,
  eventId: id,
  /** Stable number within the event, never reused. */
  number: z.number().int().min(1),
  ...PersonDetails.shape,
  memberships: text(300),
  categoryId: id.nullable(),
  /** Where the delegate sits ("A12", "Hàng 3 – ghế 5"); printed on the card. */
  seat: text(50).optional(),
  flags: DelegateFlags,
  ...PersonNotes.shape,
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Delegate = z.infer<typeof Delegate>

/** A custom column of an event's delegate table; values live in `Delegate.custom[column.id]`. */
export const DelegateColumn = z.strictObject({
  id,
  eventId: id,
  label: text(100),
  order: z.number().int()
})
export type DelegateColumn = z.infer<typeof DelegateColumn>

/** The last delegate number handed out in an event, so a deleted number is never reused. */
export const DelegateNumbering = z.strictObject({
  eventId: id,
  lastNumber: z.number().int().min(0)
})
export type DelegateNumbering = z.infer<typeof DelegateNumbering>

/** What a user or an import may set on a delegate: everything but identity and timestamps. */
export const DelegateFields = Delegate.omit({
  id: true,
  eventId: true,
  number: true,
  createdAt: true,
  updatedAt: true
})
export type DelegateFields = z.infer<typeof DelegateFields>

/** A delegate to add: the full name is required, every other field defaults to empty. */
export const NewDelegate = DelegateFields.partial().extend({
  fullName: text(200).min(1),
  flags: DelegateFlags.partial().optional()
})
export type NewDelegate = z.infer<typeof NewDelegate>

/** Fields a bulk edit may set on many delegates at once (custom values merge per column). */
export const DelegatePatch = DelegateFields.partial().extend({
  flags: DelegateFlags.partial().optional()
})
export type DelegatePatch = z.infer<typeof DelegatePatch>

/** A problem worth a look that does not block saving, such as a probable duplicate. */
export const DelegateWarning = z.strictObject({
  code: z.enum(['DUPLICATE_NAME']),
  /** The delegates involved, in number order. */
  delegateIds: z.array(id),
  /** The name as typed by the first of them. */
  name: z.string()
})
export type DelegateWarning = z.infer<typeof DelegateWarning>

export const DelegateSaved = z.strictObject({
  delegate: Delegate,
  /** Warnings that concern this delegate after the save. */
  warnings: z.array(DelegateWarning)
})
export type DelegateSaved = z.infer<typeof DelegateSaved>
