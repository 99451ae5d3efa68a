import { z } from 'zod'
import type { ContractPart } from '../contract-part'
import { byId, entityId, FileOut, method, none } from '../contract-part'
import {
  EmulationTitle,
  HouseholdTally,
  Movement,
  Registration,
  ResultState,
  Target,
  Unit
} from './entities'
import type { movementMethodNames } from './method-names'

export const UnitFields = Unit.omit({ id: true, createdAt: true, updatedAt: true })
export type UnitFields = z.infer<typeof UnitFields>

export const EmulationTitleFields = EmulationTitle.omit({ id: true })
export type EmulationTitleFields = z.infer<typeof EmulationTitleFields>

export const TargetFields = Target.omit({ id: true }).extend({ id: entityId.optional() })
export type TargetFields = z.infer<typeof TargetFields>

export const MovementFields = Movement.omit({
  id: true,
  targets: true,
  createdAt: true,
  updatedAt: true
}).extend({ targets: z.array(TargetFields).max(50) })
export type MovementFields = z.infer<typeof MovementFields>

const year = z.number().int().min(1900).max(2200)
const byYear = z.strictObject({ year })
const deleted = z.strictObject({ deleted: z.number().int() })

/**
 * Creates or changes the registration of (year, unit, title, person); with `id`, changes that
 * registration (a person's name typed again).
 */
export const RegistrationInput = z.strictObject({
  id: entityId.optional(),
  year,
  unitId: entityId,
  titleId: entityId,
  personName: z.string().max(200).optional(),
  result: ResultState.optional(),
  reason: z.string().max(1000).optional()
})
export type RegistrationInput = z.infer<typeof RegistrationInput>

/** A group's household tally for a year: a count, or the list of households it sent. */
export const HouseholdTallyInput = z.strictObject({
  year,
  unitId: entityId,
  households: z.number().int().min(0).max(100_000).optional(),
  titled: z.number().int().min(0).max(100_000).optional(),
  names: z.array(z.string().max(200)).max(100_000).optional()
})
export type HouseholdTallyInput = z.infer<typeof HouseholdTallyInput>

export const ProgressQuery = z.strictObject({
  /** Defaults to the newest movement. */
  movementId: entityId.optional(),
  /** Defaults to the latest year with data. */
  year: year.optional()
})
export type ProgressQuery = z.infer<typeof ProgressQuery>

const TargetYear = z.strictObject({
  year,
  count: z.number().int(),
  total: z.number().int(),
  percent: z.number().nullable(),
  met: z.boolean().nullable(),
  hasData: z.boolean()
})

export const LaggingUnit = z.strictObject({
  unitId: entityId,
  name: z.string(),
  head: z.string(),
  status: z.enum(['not-registered', 'not-achieved', 'pending', 'below-target', 'no-tally']),
  reason: z.string(),
  count: z.number().int().optional(),
  total: z.number().int().optional(),
  missing: z.number().int().optional()
})

export const MovementProgress = z.strictObject({
  movementId: entityId,
  title: z.string(),
  year,
  years: z.array(year),
  targets: z.array(
    z.strictObject({
      target: Target,
      series: z.array(TargetYear),
      line: z.array(z.strictObject({ year, percent: z.number() })),
      current: TargetYear,
      shortfall: z.number().int().nullable(),
      lagging: z.array(LaggingUnit),
      projection: z.strictObject({ year, percent: z.number(), met: z.boolean() }).nullable(),
      milestone: z
        .strictObject({ year, percent: z.number(), met: z.boolean().nullable() })
        .nullable()
    })
  )
})

export const movementContract = {
  /** The organisation's units in the user's order. */
  listUnits: method(none, z.array(Unit)),
  createUnit: method(UnitFields.partial({ order: true, active: true, notes: true }), Unit),
  updateUnit: method(z.strictObject({ id: entityId, patch: UnitFields.partial().strict() }), Unit),
  /**
   * Refused (CONFLICT, details `{ name, uses }`: where it is used) for a unit with registrations,
   * tallies or proposals: it is retired (`active: false`) instead.
   */
  deleteUnits: method(z.strictObject({ ids: z.array(entityId).min(1).max(1000) }), deleted),

  listEmulationTitles: method(none, z.array(EmulationTitle)),
  createEmulationTitle: method(EmulationTitleFields, EmulationTitle),
  updateEmulationTitle: method(
    z.strictObject({ id: entityId, patch: EmulationTitleFields.partial().strict() }),
    EmulationTitle
  ),
  /** Refused (CONFLICT, details `{ name, uses }`) for a title registrations or targets name. */
  deleteEmulationTitle: method(byId, deleted),

  listMovements: method(none, z.array(Movement)),
  createMovement: method(MovementFields, Movement),
  updateMovement: method(
    z.strictObject({ id: entityId, patch: MovementFields.partial().strict() }),
    Movement
  ),
  deleteMovement: method(byId, deleted),

  listRegistrations: method(byYear, z.array(Registration)),
  saveRegistration: method(RegistrationInput, Registration),
  deleteRegistration: method(byId, deleted),
  listHouseholdTallies: method(byYear, z.array(HouseholdTally)),
  /** Every registration and household tally of a period (a movement's years), in one answer. */
  listMovementRecords: method(
    z.strictObject({ fromYear: year, toYear: year }),
    z.strictObject({ registrations: z.array(Registration), tallies: z.array(HouseholdTally) })
  ),
  saveHouseholdTally: method(HouseholdTallyInput, HouseholdTally),

  getProgress: method(ProgressQuery, MovementProgress),
  /** One A4 page with the Decree 30 header: the figures, a chart per target, the lagging units. */
  exportProgressPdf: method(ProgressQuery, FileOut),
  /** A unit's registration form for the year (bản đăng ký thi đua), filled from its registrations. */
  exportRegistrationForm: method(z.strictObject({ unitId: entityId, year }), FileOut),
  /** The year's summary of registrations, or its year-end results table (landscape). */
  exportMovementTable: method(
    z.strictObject({ year, kind: z.enum(['registrations', 'results']) }),
    FileOut
  )
} satisfies ContractPart<(typeof movementMethodNames)[number]>
