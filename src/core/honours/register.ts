/**
 * The register (sổ theo dõi khen thưởng): one numbered entry per certificate of an issued
 * decision. Numbers run per year and award form across decisions and are never reused: an
 * entry is never deleted, a void keeps its number, a reprint keeps its number.
 * Every function works on a draft inside one `changes.apply`, so two issues cannot interleave.
 */
import type { AwardForm, Decision, Honoree, RegisterEntry } from '@shared/honours/entities'
import { goodPrints, honoreeKinds } from '@shared/honours/entities'
import { nameLine } from '@shared/honours/wording'
import { AppError } from '@shared/result'
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
  /** Sheets that came out right. */
  printed: readonly string[]
  /** Sheets that came out wrong, each with why; they are to be printed again. */
  spoiled: readonly { entryId: string; reason: string }[]
  /** Required when a printed sheet is not its certificate's first good one (cấp lại). */
  reprintReason: string
  batchId: string | null
  operator: string
  at: string
}

export interface RecordedPrints {
  printed: number
  reprinted: number
  spoiled: number
}

/**
 * Records what the user says came out of the printer. Refuses void or unknown entries, a spoiled
 * sheet without a reason, and a second good sheet of a certificate without a reprint reason.
 */
export function recordCertificatePrints(
  draft: DatabaseData,
  opts: RecordPrintsOptions
): RecordedPrints {
  const byId = new Map(draft.honours.register.map((e) => [e.id, e]))
  const entryOf = (id: string) => {
    const entry = byId.get(id)
    if (!entry) throw new AppError('NOT_FOUND', `Register entry ${id} not found.`)
    if (entry.status === 'void')
      throw new AppError('FROZEN', `Register number ${entry.registerNumber} is void.`, {
        entryId: id
      })
    return entry
  }
  const printed = opts.printed.map(entryOf)
  const spoiled = opts.spoiled.map((s) => ({ entry: entryOf(s.entryId), reason: s.reason.trim() }))
  const unexplained = spoiled.filter((s) => s.reason === '')
  if (unexplained.length)
    throw new AppError('INCOMPLETE', 'A spoiled sheet needs a reason.', {
      missing: ['reason'],
      spoiledWithoutReason: unexplained.map((s) => s.entry.registerNumber)
    })
  const again = printed.filter((e) => goodPrints(e) > 0)
  const reason = opts.reprintReason.trim()
  if (again.length && reason === '')
    throw new AppError(
      'INCOMPLETE',
      `${again.length} certificate(s) were printed before; give a reason for the reprint (cấp lại).`,
      { reprintReasonRequired: true, registerNumbers: again.map((e) => e.registerNumber) }
    )
  const stamp = { at: opts.at, operator: opts.operator, batchId: opts.batchId }
  for (const { entry, reason: why } of spoiled)
    entry.prints.push({ ...stamp, kind: 'spoiled', reason: why })
  for (const entry of printed) {
    const first = goodPrints(entry) === 0
    entry.prints.push({ ...stamp, kind: first ? 'print' : 'reprint', reason: first ? '' : reason })
  }
  return {
    printed: printed.length - again.length,
    reprinted: again.length,
    spoiled: spoiled.length
  }
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
