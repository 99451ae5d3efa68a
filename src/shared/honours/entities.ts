import { z } from 'zod'
import { isoDate, SignerBlock } from '../entities'
import { Gender } from '../delegates/entities'

const text = (max = 500) => z.string().max(max)
const id = z.string().min(1).max(64)

export const honoreeKinds = ['collective', 'individual', 'household'] as const
export const HonoreeKind = z.enum(honoreeKinds)
export type HonoreeKind = z.infer<typeof HonoreeKind>

export const Honoree = z.strictObject({
  id,
  eventId: id,
  kind: HonoreeKind,
  /** Collective's name, the individual's full name, or the household head's full name (NFC). */
  name: text(300),
  /** Individuals and household heads: from an explicit choice, never guessed from the name. */
  gender: Gender.nullable(),
  posthumous: z.boolean(),
  /** Replaces the derived "Ông"/"Bà"/"Hộ gia đình ông" prefix when set. */
  prefixOverride: text(100).nullable(),
  /** Position (individuals) or address line (households, collectives). */
  positionLine: text(500),
  /** Null = the decision's default achievement text. */
  achievement: text(2000).nullable(),
  delegateId: id.nullable(),
  /** Addressed as "đồng chí" (an official) rather than "ông/bà" in the MC script. */
  official: z.boolean(),
  notes: text(2000),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Honoree = z.infer<typeof Honoree>

export const BonusMultipliers = z.strictObject({
  collective: z.number().min(0).max(100),
  individual: z.number().min(0).max(100),
  household: z.number().min(0).max(100)
})

/** An entry of the award forms catalogue (settings). */
export const AwardForm = z.strictObject({
  id,
  /** e.g. "Giấy khen của Chủ tịch Ủy ban nhân dân phường" */
  name: text(300),
  /** Printed on the certificate, e.g. "GIẤY KHEN". */
  title: text(100),
  /** Short code used in register numbers, e.g. "GK". */
  code: text(20),
  /** 1 = highest; higher forms are presented first. */
  rank: z.number().int().min(1).max(1000),
  multipliers: BonusMultipliers,
  /** Register number pattern: {n} sequence, {code}, {yyyy} year, e.g. "{n}/{code}-{yyyy}". */
  registerFormat: text(100),
  active: z.boolean()
})
export type AwardForm = z.infer<typeof AwardForm>

export const DecisionSigner = SignerBlock
export type DecisionSigner = z.infer<typeof DecisionSigner>

export const decisionStatuses = ['draft', 'issued'] as const

export const Decision = z.strictObject({
  id,
  eventId: id,
  /** Typed by the user, never invented: "125". */
  number: text(20),
  /** e.g. "QĐ-UBND" */
  symbol: text(50),
  date: isoDate.nullable(),
  signer: DecisionSigner.nullable(),
  legalBases: z.array(text(1000)).max(30),
  proposingBody: text(300),
  /** Subject line after "Về việc". */
  subject: text(500),
  awardFormId: id.nullable(),
  /** Base salary in force at the decision's date, VND. */
  baseSalary: z.number().int().min(0).max(1_000_000_000),
  /** Default achievement text for honorees that have none of their own. */
  achievement: text(2000),
  /** Protocol order within each kind (drag and drop). */
  honoreeIds: z.strictObject({
    collective: z.array(id),
    individual: z.array(id),
    household: z.array(id)
  }),
  recipients: z.array(text(300)).max(30),
  status: z.enum(decisionStatuses),
  issuedAt: z.string().nullable(),
  issuedBy: text(200).nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Decision = z.infer<typeof Decision>

/**
 * A sheet the user said came out of the printer: 'print' the first good one, 'reprint' (cấp lại)
 * a later good one, 'spoiled' a blank that came out wrong and has to be printed again. Making a
 * batch file records nothing.
 */
export const RegisterPrint = z.strictObject({
  at: z.string(),
  operator: text(200),
  kind: z.enum(['print', 'reprint', 'spoiled']),
  /** Why a reprint or a spoiled sheet: jammed blank, misspelt name corrected, … */
  reason: text(500),
  batchId: z.string().nullable()
})
export type RegisterPrint = z.infer<typeof RegisterPrint>

/** How many good sheets of the certificate exist (spoiled ones do not count). */
export const goodPrints = (entry: Pick<RegisterEntry, 'prints'>): number =>
  entry.prints.filter((p) => p.kind !== 'spoiled').length

/** One certificate number in the register: sequential per year and award form, never reused. */
export const RegisterEntry = z.strictObject({
  id,
  year: z.number().int(),
  awardFormId: id,
  seq: z.number().int().min(1),
  /** Formatted with the award form's pattern at issue time, e.g. "15/GK-2025". */
  registerNumber: text(100),
  decisionId: id,
  honoreeId: id,
  /** Snapshot of the printed name line, for search after edits. */
  nameLine: text(400),
  status: z.enum(['active', 'void']),
  voidReason: text(500).nullable(),
  prints: z.array(RegisterPrint),
  createdAt: z.string()
})
export type RegisterEntry = z.infer<typeof RegisterEntry>

/** One line of the bonus table: multiplier × base salary, rounded up to the next 10,000 VND. */
export const BonusRow = z.strictObject({
  honoreeId: id,
  kind: HonoreeKind,
  nameLine: text(400),
  positionLine: text(500),
  registerNumber: text(100).nullable(),
  multiplier: z.number(),
  amount: z.number().int()
})
export type BonusRow = z.infer<typeof BonusRow>

export const BonusTotal = z.strictObject({ count: z.number().int(), amount: z.number().int() })

/** The bonus table of one decision, rows in protocol order. */
export const BonusTable = z.strictObject({
  decisionId: id,
  baseSalary: z.number().int(),
  awardFormId: id.nullable(),
  rows: z.array(BonusRow),
  totals: z.strictObject({
    collective: BonusTotal,
    individual: BonusTotal,
    household: BonusTotal
  }),
  total: z.number().int()
})
export type BonusTable = z.infer<typeof BonusTable>
