import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { Gender } from '@shared/delegates/entities'
import { HonoreeKind, type Honoree } from '@shared/honours/entities'
import {
  UnitKind,
  type Candidate,
  type CouncilMeeting,
  type Proposal,
  type Registration,
  type Unit
} from '@shared/movement/entities'
import type { SampleSeeder } from '../events'
import type { DatabaseData } from '../schema/database-schema'
import { ensureAwardForms, wardGiayKhenId } from '../schema/default-award-forms'
import { residentialGroupTitleId } from '../schema/default-titles'
import { wardTargetsFor } from './ward-targets'

const SampleMovement = z.strictObject({
  movement: z.strictObject({ title: z.string(), fromYear: z.number(), toYear: z.number() }),
  lagging: z.strictObject({ unit: z.string(), reason: z.string() }),
  units: z.array(
    z.strictObject({
      kind: UnitKind,
      name: z.string(),
      head: z.string(),
      headPosition: z.string(),
      households: z.number().int().nullable()
    })
  ),
  council: z.strictObject({
    date: z.string(),
    place: z.string(),
    chair: z.string(),
    secretary: z.string(),
    members: z.array(z.string()),
    membersTotal: z.number().int(),
    rejected: z.array(
      z.strictObject({
        kind: HonoreeKind,
        name: z.string(),
        gender: Gender,
        positionLine: z.string(),
        unit: z.string(),
        ballot: z.tuple([z.number().int(), z.number().int(), z.number().int()])
      })
    )
  })
})

/** The unit that proposed an honoree: itself, the group or school its line names, or the office. */
function proposerOf(h: Pick<Honoree, 'kind' | 'name' | 'positionLine'>, units: Unit[]): Unit {
  const byName = (name: string) => units.find((u) => u.name === name)
  if (h.kind === 'collective') {
    const own = byName(h.name)
    if (own) return own
  }
  const group = /Tổ dân phố số (\d+)/.exec(h.positionLine)
  if (group) {
    const unit = byName(`Tổ dân phố số ${group[1]}`)
    if (unit) return unit
  }
  const named = units.find((u) => u.kind !== 'residential-group' && h.positionLine.includes(u.name))
  return named ?? (units.find((u) => u.kind === 'agency') as Unit)
}

/**
 * The ward's units, the 2025–2030 movement with its three targets, 2025 and 2026 registrations
 * and results (one group misses the standard both years), and the proposals and council vote
 * behind the sample decision's 31 honorees. Organisation data: seeded only into an empty part.
 */
export const seedSampleMovement: SampleSeeder = (draft, { eventId, ctx, now }) => {
  const m = draft.movement
  if (m.units.length > 0 || m.movements.length > 0) return
  const data = SampleMovement.parse(
    JSON.parse(readFileSync(join(ctx.resourcesDir, 'sample-event', 'movement.json'), 'utf8'))
  )
  ensureAwardForms(draft.honours)
  const units = seedUnitsAndMovement(m, data, ctx, now)
  seedTwoYears(m, data, units, ctx, now)
  seedProposalsAndCouncil(draft, eventId, data, units, ctx, now)
}

type SampleMovementData = z.infer<typeof SampleMovement>
type SeedContext = Parameters<SampleSeeder>[1]

/** The ward's units and the movement with its targets; returns the units. */
function seedUnitsAndMovement(
  m: DatabaseData['movement'],
  data: SampleMovementData,
  ctx: SeedContext['ctx'],
  now: string
): Unit[] {
  const units: Unit[] = data.units.map((u, i) => ({
    id: ctx.newId(),
    ...u,
    order: i + 1,
    active: true,
    notes: '',
    createdAt: now,
    updatedAt: now
  }))
  m.units.push(...units)
  const { fromYear, toYear, title } = data.movement
  m.movements.push({
    id: ctx.newId(),
    title,
    fromYear,
    toYear,
    targets: wardTargetsFor(toYear).map((t) => ({ ...t, id: ctx.newId() })),
    createdAt: now,
    updatedAt: now
  })

  return units
}

/** Registrations and results of the movement's first two years; one group misses both. */
function seedTwoYears(
  m: DatabaseData['movement'],
  data: SampleMovementData,
  units: Unit[],
  ctx: SeedContext['ctx'],
  now: string
): void {
  const { fromYear } = data.movement
  const lagging = units.find((u) => u.name === data.lagging.unit)
  for (const [y, year] of [fromYear, fromYear + 1].entries()) {
    for (const u of units) {
      const group = u.kind === 'residential-group'
      const missed = u.id === lagging?.id
      const reg: Registration = {
        id: ctx.newId(),
        year,
        unitId: u.id,
        titleId: group ? residentialGroupTitleId : 'title-tt-ldtt',
        personName: '',
        result: missed ? 'not-achieved' : 'achieved',
        reason: missed ? data.lagging.reason : '',
        updatedAt: now
      }
      m.registrations.push(reg)
      if (!group) continue
      const households = u.households ?? 0
      // About 88 % of households titled in the first year, 91 % in the second; 80 % in the lagging group.
      const rate = missed ? 0.8 : y === 0 ? 0.88 : 0.915
      m.tallies.push({
        id: ctx.newId(),
        year,
        unitId: u.id,
        households,
        titled: Math.floor(households * rate),
        names: [],
        updatedAt: now
      })
    }
  }
}

/** The proposals behind the event's decision and the council meeting that voted on them. */
function seedProposalsAndCouncil(
  draft: DatabaseData,
  eventId: string,
  data: SampleMovementData,
  units: Unit[],
  ctx: SeedContext['ctx'],
  now: string
): void {
  const m = draft.movement
  const { fromYear } = data.movement
  const decision = draft.honours.decisions.find((d) => d.eventId === eventId)
  if (!decision) return
  const honorees = new Map(draft.honours.honorees.map((h) => [h.id, h]))
  const ordered = (['collective', 'individual', 'household'] as const).flatMap((k) =>
    decision.honoreeIds[k].map((id) => honorees.get(id)).filter((h): h is Honoree => !!h)
  )
  const proposals = new Map<string, Proposal>()
  const proposalOf = (unit: Unit): Proposal => {
    let p = proposals.get(unit.id)
    if (!p) {
      p = {
        id: ctx.newId(),
        movementId: null,
        year: fromYear,
        unitId: unit.id,
        number: '',
        date: '2025-08-12',
        candidates: [],
        attachments: [],
        createdAt: now,
        updatedAt: now
      }
      proposals.set(unit.id, p)
    }
    return p
  }
  const ballots: CouncilMeeting['ballots'] = []
  const present = data.council.members.length
  const add = (unit: Unit, c: Omit<Candidate, 'id'>, ballot: [number, number, number]) => {
    const candidate: Candidate = { ...c, id: ctx.newId() }
    proposalOf(unit).candidates.push(candidate)
    ballots.push({
      candidateId: candidate.id,
      for: ballot[0],
      against: ballot[1],
      invalid: ballot[2]
    })
  }
  ordered.forEach((h, i) =>
    add(
      proposerOf(h, units),
      {
        kind: h.kind,
        name: h.name,
        gender: h.gender,
        positionLine: h.positionLine,
        unitId: h.kind === 'collective' ? (units.find((u) => u.name === h.name)?.id ?? null) : null,
        awardFormId: decision.awardFormId ?? wardGiayKhenId,
        achievement: h.achievement ?? decision.achievement
      },
      i % 5 === 0 ? [present - 1, 1, 0] : [present, 0, 0]
    )
  )
  for (const r of data.council.rejected) {
    const unit = units.find((u) => u.name === r.unit)
    if (unit)
      add(
        unit,
        {
          kind: r.kind,
          name: r.name,
          gender: r.gender,
          positionLine: r.positionLine,
          unitId: null,
          awardFormId: decision.awardFormId ?? wardGiayKhenId,
          achievement: decision.achievement
        },
        r.ballot
      )
  }
  const list = [...proposals.values()]
  m.proposals.push(...list)
  const { rejected: _rejected, ...council } = data.council
  m.councils.push({
    id: ctx.newId(),
    movementId: null,
    year: fromYear,
    ...council,
    proposalIds: list.map((p) => p.id),
    thresholds: [
      { awardFormId: decision.awardFormId ?? wardGiayKhenId, comparison: '>', percent: 50 }
    ],
    rules: { base: 'members', tie: 'fail' },
    ballots,
    decisionIds: [decision.id],
    createdAt: now,
    updatedAt: now
  })
}
