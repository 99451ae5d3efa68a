import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { Gender } from '@shared/delegates/entities'
import { Decision, Honoree, HonoreeKind } from '@shared/honours/entities'
import { duplicateKey } from '@shared/text'
import type { SampleSeeder } from '../events'
import { ensureAwardForms } from '../schema/default-award-forms'
import { conflictingDecision, issueDecisionIn } from './decisions'
import { signerBlockOf } from '@shared/text/signer-lines'

const SampleHonours = z.strictObject({
  awardFormId: z.string(),
  decision: z.strictObject({
    number: z.string(),
    date: z.string(),
    signerId: z.string(),
    legalBases: z.array(z.string()),
    proposingBody: z.string(),
    subject: z.string(),
    achievement: z.string(),
    baseSalary: z.number().int(),
    recipients: z.array(z.string())
  }),
  honorees: z.array(
    z.strictObject({
      kind: HonoreeKind,
      name: z.string(),
      gender: Gender.optional(),
      official: z.boolean().optional(),
      posthumous: z.boolean().optional(),
      positionLine: z.string(),
      notes: z.string().optional()
    })
  )
})

export function loadSampleHonours(resourcesDir: string) {
  const file = join(resourcesDir, 'sample-event', 'honours.json')
  return SampleHonours.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/**
 * The sample's 31 honorees and its decision 125/QĐ-UBND, issued with register numbers when the
 * office's data leaves them free, else a draft.
 */
export const seedSampleHonours: SampleSeeder = (draft, { eventId, sample, ctx, now }) => {
  const data = loadSampleHonours(ctx.resourcesDir)
  ensureAwardForms(draft.honours)
  const delegatesByName = new Map(
    draft.delegates.delegates
      .filter((d) => d.eventId === eventId)
      .map((d) => [duplicateKey(d.fullName), d.id])
  )
  const honorees = data.honorees.map((h) =>
    Honoree.parse({
      id: ctx.newId(),
      eventId,
      kind: h.kind,
      name: h.name.normalize('NFC'),
      gender: h.gender ?? null,
      posthumous: h.posthumous ?? false,
      prefixOverride: null,
      positionLine: h.positionLine.normalize('NFC'),
      achievement: null,
      delegateId:
        h.kind === 'collective' ? null : (delegatesByName.get(duplicateKey(h.name)) ?? null),
      official: h.official ?? false,
      notes: h.notes ?? '',
      createdAt: now,
      updatedAt: now
    })
  )
  draft.honours.honorees.push(...honorees)
  const signer = sample.organisation.signers.find((s) => s.id === data.decision.signerId)
  const idsOf = (kind: HonoreeKind) => honorees.filter((h) => h.kind === kind).map((h) => h.id)
  const { signerId, ...fields } = data.decision
  void signerId
  const decision = Decision.parse({
    id: ctx.newId(),
    eventId,
    ...fields,
    symbol: sample.organisation.documentSymbol,
    signer: signer ? signerBlockOf(signer) : null,
    awardFormId: data.awardFormId,
    honoreeIds: {
      collective: idsOf('collective'),
      individual: idsOf('individual'),
      household: idsOf('household')
    },
    status: 'draft',
    issuedAt: null,
    issuedBy: null,
    createdAt: now,
    updatedAt: now
  })
  draft.honours.decisions.push(decision)
  // The office's own register comes first: where its data already holds this number or numbers of
  // this year and award form, the sample's decision stays a draft, so it takes none of them.
  const year = Number(decision.date?.slice(0, 4))
  const officeUses =
    conflictingDecision(draft.honours.decisions, decision) !== undefined ||
    draft.honours.register.some((e) => e.year === year && e.awardFormId === decision.awardFormId)
  if (officeUses) return
  issueDecisionIn(draft, decision.id, {
    now,
    operator: draft.settings.operatorName,
    newId: ctx.newId
  })
}
