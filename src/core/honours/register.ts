/**
 * The register (sổ theo dõi khen thưởng): one numbered entry per certificate of an issued
 * decision. Numbers run per year and award form across decisions and are never reused: an
 * entry is never deleted, a void keeps its number, a reprint keeps its number.
 * Every function works on a draft inside one `changes.apply`, so two issues cannot interleave.
 */
import type { AwardForm, Decision, Honoree, RegisterEntry } from '../../shared/honours/entities'
import { honoreeKinds } from '../../shared/honours/entities'
import { nameLine } from '../../shared/honours/wording'
import { AppError } from '../../shared/result'
import type { DatabaseData } from '../schema/database-schema'

/** "{n}/{code}-{yyyy}" → "15/GK-2025"; {n} may be zero-padded as {n:3} → "015". */
export function formatRegisterNumber(
  format: string,
  values: { seq: number; code: string; year: number }
): string {
  const pattern = format.trim() === '' ? '{n}' : format
  return pattern
    .replace(/\{n(?::(\d{1,2}))?\}/g, (_, width: string | undefined) =>
      String(values.seq).padStart(width ? Number(width) : 0, '0')
    )
    .replace(/\{code\}/g, values.code)
    .replace(/\{yyyy\}/g, String(values.year))
    .replace(/\{yy\}/g, String(values.year % 100).padStart(2, '0'))
}

/** The next free sequence number for a year and award form: one past the highest ever used. */
export function nextRegisterSeq(
  register: readonly RegisterEntry[],
  year: number,
  awardFormId: string
): number {
  let highest = 0
  for (const e of register)
    if (e.year === year && e.awardFormId === awardFormId && e.seq > highest) highest = e.seq
  return highest + 1
}

/** The decision's honorees in protocol order: collectives, then individuals, then households. */
export const protocolOrder = (decision: Pick<Decision, 'honoreeIds'>): string[] =>
  honoreeKinds.flatMap((kind) => decision.honoreeIds[kind])

export interface AssignOptions {
  decision: Decision
  awardForm: AwardForm
  honorees: ReadonlyMap<string, Honoree>
  now: string
  newId: () => string
}

/** Adds one register entry per honoree of the decision, in protocol order; returns them. */
export function assignRegisterNumbers(draft: DatabaseData, opts: AssignOptions): RegisterEntry[] {
  const { decision, awardForm } = opts
  if (!decision.date)
    throw new AppError('INCOMPLETE', 'The decision has no date.', { missing: ['date'] })
  const year = Number(decision.date.slice(0, 4))
  const register = draft.honours.register
  let seq = nextRegisterSeq(register, year, awardForm.id)
  const added: RegisterEntry[] = []
  for (const honoreeId of protocolOrder(decision)) {
    const honoree = opts.honorees.get(honoreeId)
    if (!honoree) throw new AppError('NOT_FOUND', `Honoree ${honoreeId} not found.`)
    const entry: RegisterEntry = {
      id: opts.newId(),
      year,
      awardFormId: awardForm.id,
      seq,
      registerNumber: formatRegisterNumber(awardForm.registerFormat, {
        seq,
        code: awardForm.code,
        year
      }),
      decisionId: decision.id,
      honoreeId,
      nameLine: nameLine(honoree),
      status: 'active',
      voidReason: null,
      prints: [],
      createdAt: opts.now
    }
    register.push(entry)
    added.push(entry)
    seq++
  }
  return added
}

export interface RecordPrintsOptions {
  entryIds: readonly string[]
  kind: 'print' | 'reprint'
  /** Required for a reprint: spoiled blank, misspelt name corrected, … */
  reason: string
  batchId: string | null
  operator: string
  at: string
}

/**
 * Records that certificates were printed (or reprinted: same number, with the reason).
 * Called by the certificates feature inside its own change. Refuses void or unknown entries.
 */
export function recordCertificatePrints(
  draft: DatabaseData,
  opts: RecordPrintsOptions
): RegisterEntry[] {
  if (opts.kind === 'reprint' && opts.reason.trim() === '')
    throw new AppError('INCOMPLETE', 'A reprint needs a reason.', { missing: ['reason'] })
  const byId = new Map(draft.honours.register.map((e) => [e.id, e]))
  const entries = opts.entryIds.map((id) => {
    const entry = byId.get(id)
    if (!entry) throw new AppError('NOT_FOUND', `Register entry ${id} not found.`)
    if (entry.status === 'void')
      throw new AppError('FROZEN', `Register number ${entry.registerNumber} is void.`, {
        entryId: id
      })
    return entry
  })
  for (const entry of entries)
    entry.prints.push({
      at: opts.at,
      operator: opts.operator,
      kind: opts.kind,
      reason: opts.reason,
      batchId: opts.batchId
    })
  return entries
}

/** Voids a number for good: it stays in the register and is never issued again. */
export function voidRegisterEntryIn(
  draft: DatabaseData,
  opts: { entryId: string; reason: string }
): RegisterEntry {
  const entry = draft.honours.register.find((e) => e.id === opts.entryId)
  if (!entry) throw new AppError('NOT_FOUND', `Register entry ${opts.entryId} not found.`)
  if (entry.status === 'void')
    throw new AppError('CONFLICT', `Register number ${entry.registerNumber} is already void.`)
  if (opts.reason.trim() === '')
    throw new AppError('INCOMPLETE', 'Voiding a number needs a reason.', { missing: ['reason'] })
  entry.status = 'void'
  entry.voidReason = opts.reason
  return entry
}
