/**
 * The bonus table of a decision: each honoree's bonus is the award form's multiplier for its kind
 * × the base salary stored on the decision, rounded UP to the next 10,000 VND.
 *
 * Rounding: DOMAIN.md §2 and issue 4 say "rounded up to the next 10,000 VND", which is the rule
 * the decrees on emulation and commendation state ("được làm tròn số lên hàng chục nghìn đồng tiền
 * Việt Nam", in Decree 91/2017 and carried on by its successors; not re-checked against the text
 * of Decree 152/2025). So the legal product
 * 0.3 × 2,340,000 = 702,000 VND (the worked example) is paid as 710,000 VND, and a
 * household's 1.5 × 702,000 = 1,053,000 VND as 1,060,000 VND. The household amount is 1.5 × the
 * individual's *product*, rounded once (the catalogue stores it as the multiplier 0.45), not
 * 1.5 × an already rounded 710,000. {@link bonusAmount} returns both numbers so the table can
 * show the rule and the tests can check the worked examples.
 */
import type {
  AwardForm,
  BonusTable,
  Decision,
  Honoree,
  HonoreeKind
} from '@shared/honours/entities'
import { honoreeKinds } from '@shared/honours/entities'
import { nameLine, posthumousNote } from '@shared/honours/wording'

export const bonusRoundingStepVnd = 10_000

/** Multipliers are exact to 4 decimals (0.3, 0.45, 1.5); the arithmetic stays in integers. */
const multiplierScale = 10_000

export interface BonusAmount {
  /** multiplier × base salary, before rounding (may have a fraction for odd multipliers). */
  exact: number
  /** What is paid: `exact` rounded up to the next 10,000 VND. */
  rounded: number
}

export function bonusAmount(multiplier: number, baseSalary: number): BonusAmount {
  if (!Number.isFinite(multiplier) || multiplier < 0) throw new Error('invalid multiplier')
  if (!Number.isInteger(baseSalary) || baseSalary < 0) throw new Error('invalid base salary')
  const scaled = Math.round(multiplier * multiplierScale) * baseSalary
  const step = bonusRoundingStepVnd * multiplierScale
  return {
    exact: scaled / multiplierScale,
    rounded: Math.ceil(scaled / step) * bonusRoundingStepVnd
  }
}

export interface BonusTableInput {
  decision: Decision
  honorees: ReadonlyMap<string, Honoree>
  awardForm: AwardForm | null
  /** honoreeId → register number; missing for a draft decision. */
  registerNumbers: ReadonlyMap<string, string>
}

/** The decision's honorees in protocol order, each with its kind as the decision groups it. */
export function decisionHonorees(
  decision: Pick<Decision, 'honoreeIds'>,
  honorees: ReadonlyMap<string, Honoree>
): { kind: HonoreeKind; honoree: Honoree }[] {
  return honoreeKinds.flatMap((kind) =>
    decision.honoreeIds[kind].map((id) => {
      const honoree = honorees.get(id)
      if (!honoree) throw new Error(`honoree ${id} of the decision is missing`)
      return { kind, honoree }
    })
  )
}

/** Rows in protocol order (collectives, individuals, households), totals per kind. */
export function computeBonusTable(input: BonusTableInput): BonusTable {
  const { decision, awardForm } = input
  const totals = {
    collective: { count: 0, amount: 0 },
    individual: { count: 0, amount: 0 },
    household: { count: 0, amount: 0 }
  }
  const rows = decisionHonorees(decision, input.honorees).map(({ kind, honoree }) => {
    const multiplier = awardForm?.multipliers[kind] ?? 0
    const amount = bonusAmount(multiplier, decision.baseSalary).rounded
    totals[kind].count += 1
    totals[kind].amount += amount
    const note = posthumousNote(honoree)
    return {
      honoreeId: honoree.id,
      kind,
      nameLine: note ? `${nameLine(honoree)} ${note}` : nameLine(honoree),
      positionLine: honoree.positionLine.normalize('NFC'),
      registerNumber: input.registerNumbers.get(honoree.id) ?? null,
      multiplier,
      amount
    }
  })
  return {
    decisionId: decision.id,
    baseSalary: decision.baseSalary,
    awardFormId: awardForm?.id ?? null,
    rows,
    totals,
    total: totals.collective.amount + totals.individual.amount + totals.household.amount
  }
}
