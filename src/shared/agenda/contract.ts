import { z } from 'zod'
import { byEventId, byId, entityId, FileOut, method, type ContractPart } from '../contract-part'
import { clockTime, isoDate } from '../entities'
import { HonoreeKind } from '../honours/entities'
import { Gender } from '../delegates/entities'
import { rosterStatuses } from '../rosters/records'
import { AgendaItem, AgendaItemFields, AgendaSettings, AwardRound, VoteResult } from './entities'
import type { agendaMethodNames } from './method-names'
import { agendaDocumentKinds } from './records'

const RoundHonoreeView = z.strictObject({
  id: entityId,
  kind: HonoreeKind,
  name: z.string(),
  gender: Gender.nullable(),
  posthumous: z.boolean(),
  prefixOverride: z.string().nullable(),
  positionLine: z.string(),
  official: z.boolean()
})

const DecisionView = z.strictObject({
  id: entityId,
  number: z.string(),
  symbol: z.string(),
  date: isoDate.nullable(),
  subject: z.string(),
  awardTitle: z.string(),
  awardRank: z.number(),
  honoreeIds: z.strictObject({
    collective: z.array(entityId),
    individual: z.array(entityId),
    household: z.array(entityId)
  })
})

const PersonOption = z.strictObject({ id: entityId, name: z.string(), position: z.string() })

/** A roster a vote may approve: its newest version, and whether that version meets its quota. */
export const RosterOption = z.strictObject({
  id: entityId,
  name: z.string(),
  versionNumber: z.number().int(),
  status: z.enum(rosterStatuses),
  quotaOk: z.boolean()
})
export type RosterOption = z.infer<typeof RosterOption>

export const AgendaOverview = z.strictObject({
  settings: AgendaSettings,
  items: z.array(AgendaItem),
  rounds: z.array(AwardRound),
  honorees: z.array(RoundHonoreeView),
  decisions: z.array(DecisionView),
  delegates: z.array(PersonOption),
  rosters: z.array(RosterOption)
})
export type AgendaOverview = z.infer<typeof AgendaOverview>

const AgendaTemplateInfo = z.strictObject({
  id: z.string(),
  name: z.string(),
  itemCount: z.number().int()
})

const RoundPatch = z
  .strictObject({
    title: z.string().max(200),
    presenters: z.array(z.string().max(300)).max(10),
    attendants: z.array(z.string().max(300)).max(10),
    agendaItemId: entityId.nullable()
  })
  .partial()

export const agendaContract = {
  /** The event's programme with what the agenda screens show beside it. */
  getAgenda: method(byEventId, AgendaOverview),
  listAgendaTemplates: method(z.strictObject({}), z.array(AgendaTemplateInfo)),
  /** Adds a template's items (after the existing ones, or instead of them with `replace`). */
  applyAgendaTemplate: method(
    z.strictObject({
      eventId: entityId,
      templateId: z.string().min(1).max(100),
      replace: z.boolean()
    }),
    z.array(AgendaItem)
  ),
  createAgendaItem: method(
    z.strictObject({
      eventId: entityId,
      /** Inserted after this item; null = at the end. */
      afterItemId: entityId.nullable(),
      fields: AgendaItemFields.omit({ vote: true }).partial()
    }),
    AgendaItem
  ),
  updateAgendaItem: method(
    z.strictObject({ id: entityId, patch: AgendaItemFields.omit({ vote: true }).partial() }),
    AgendaItem
  ),
  deleteAgendaItem: method(byId, z.strictObject({ deleted: z.literal(true) })),
  /** The event's items in their new order (every item exactly once). */
  reorderAgendaItems: method(
    z.strictObject({ eventId: entityId, itemIds: z.array(entityId).max(500) }),
    z.array(AgendaItem)
  ),
  updateAgendaSettings: method(
    z.strictObject({
      eventId: entityId,
      patch: z
        .strictObject({
          plannedEnd: clockTime.nullable(),
          stageCapacity: z.number().int().min(1).max(50)
        })
        .partial()
    }),
    AgendaSettings
  ),
  /** Records (or with null clears) a vote's result; a delegation roster vote approves it. */
  recordAgendaVote: method(
    z.strictObject({
      itemId: entityId,
      vote: VoteResult.omit({ recordedAt: true, attendance: true }).nullable(),
      /** The roster approval's document number, when a delegation roster is approved. */
      documentNumber: z.string().max(100).optional()
    }),
    AgendaItem
  ),
  /** Splits decisions' honorees into rounds (replacing their rounds): rank, protocol order, capacity. */
  createAwardRounds: method(
    z.strictObject({
      eventId: entityId,
      decisionIds: z.array(entityId).min(1).max(50),
      capacity: z.number().int().min(1).max(50).optional()
    }),
    z.array(AwardRound)
  ),
  addAwardRound: method(z.strictObject({ eventId: entityId, decisionId: entityId }), AwardRound),
  updateAwardRound: method(z.strictObject({ id: entityId, patch: RoundPatch }), AwardRound),
  /** Deletes a round; its honorees join the round before it (or after it, for the first). */
  deleteAwardRound: method(byId, z.array(AwardRound)),
  reorderAwardRounds: method(
    z.strictObject({ eventId: entityId, roundIds: z.array(entityId).max(200) }),
    z.array(AwardRound)
  ),
  /** Moves one honoree to a position in a round of the same decision (stage order). */
  moveHonoreeInRounds: method(
    z.strictObject({
      honoreeId: entityId,
      toRoundId: entityId,
      toIndex: z.number().int().min(0).max(1000)
    }),
    z.array(AwardRound)
  ),
  /** Live mode: ends the running item and starts the next one now. */
  startNextAgendaItem: method(byEventId, z.array(AgendaItem)),
  /** Forgets the recorded actual times. */
  resetAgendaRun: method(byEventId, z.array(AgendaItem)),
  renderAgendaDocument: method(
    z.strictObject({ eventId: entityId, kind: z.enum(agendaDocumentKinds) }),
    FileOut
  )
} satisfies ContractPart<(typeof agendaMethodNames)[number]>
