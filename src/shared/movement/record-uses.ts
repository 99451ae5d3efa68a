/** Where a title or a unit is used: a delete is refused with this, so the user sees where. */
export interface RecordUses {
  /** Registrations (with their year-end results), counted per year, oldest first. */
  registrations: { year: number; count: number }[]
  /** Years with a household tally of the unit. */
  tallies: number[]
  /** Movement targets that measure the title: "movement — target". */
  targets: string[]
  /** Proposals sent by the unit, or naming it as a collective candidate's unit. */
  proposals: { year: number; number: string }[]
}

export const isUsed = (uses: RecordUses): boolean =>
  uses.registrations.length + uses.tallies.length + uses.targets.length + uses.proposals.length > 0
