import type { CertificateOrderEntry } from '@shared/certificates/contract'
import type { Decision, Honoree, RegisterEntry } from '@shared/honours/entities'
import { goodPrints } from '@shared/honours/entities'
import { nameLine } from '@shared/honours/wording'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'

export interface OrderedHonoree {
  position: number
  honoree: Honoree
  register: RegisterEntry | null
}

/**
 * Presentation order = print order: the award rounds' stage order when the programme has rounds
 * for the decision (honorees left out of every round follow in protocol order), else the
 * decision's protocol order, collectives → individuals → households.
 */
export function orderedHonorees(
  data: DatabaseData,
  decisionId: string
): { decision: Decision; list: OrderedHonoree[] } {
  const decision = data.honours.decisions.find((d) => d.id === decisionId)
  if (!decision) throw new AppError('NOT_FOUND', `Decision ${decisionId} not found.`)
  const protocol = [
    ...decision.honoreeIds.collective,
    ...decision.honoreeIds.individual,
    ...decision.honoreeIds.household
  ]
  const rounds = data.agenda.rounds
    .filter((r) => r.decisionId === decisionId)
    .sort((a, b) => a.index - b.index)
  const staged = rounds.flatMap((r) => r.honoreeIds)
  const inDecision = new Set(protocol)
  const ids = rounds.length
    ? [...new Set([...staged.filter((id) => inDecision.has(id)), ...protocol])]
    : [...new Set(protocol)]
  const honorees = new Map(data.honours.honorees.map((h) => [h.id, h]))
  const registerByHonoree = new Map(
    data.honours.register
      .filter((r) => r.decisionId === decisionId && r.status === 'active')
      .map((r) => [r.honoreeId, r])
  )
  const list: OrderedHonoree[] = []
  for (const id of ids) {
    const honoree = honorees.get(id)
    if (!honoree) continue
    list.push({ position: list.length + 1, honoree, register: registerByHonoree.get(id) ?? null })
  }
  return { decision, list }
}

export function certificateOrder(data: DatabaseData, decisionId: string): CertificateOrderEntry[] {
  return orderedHonorees(data, decisionId).list.map((o) => ({
    honoreeId: o.honoree.id,
    position: o.position,
    nameLine: nameLine(o.honoree),
    registerNumber: o.register?.registerNumber ?? null,
    registerEntryId: o.register?.id ?? null,
    printed: o.register ? goodPrints(o.register) : 0,
    spoiled: o.register?.prints.filter((p) => p.kind === 'spoiled').length ?? 0
  }))
}

/** Keeps the given 1-based positions (all when `only` is absent); unknown positions are refused. */
export function selectPositions<T extends { position: number }>(
  list: T[],
  only?: readonly number[]
): T[] {
  if (!only) return list
  const wanted = new Set(only)
  const unknown = [...wanted].filter((p) => p > list.length)
  if (unknown.length) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `The batch has ${list.length} certificates; no certificate at position ${unknown.join(', ')}.`
    )
  }
  return list.filter((o) => wanted.has(o.position))
}

/** "3,7-9" → [3, 7, 8, 9] (for the command line). */
export function parsePositions(spec: string): number[] {
  const out: number[] = []
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part)
    if (!m)
      throw new AppError('INVALID_ARGUMENT', `"${part}" is not a position or a range like 7-9.`)
    const a = Number(m[1])
    const b = m[2] ? Number(m[2]) : a
    if (a < 1 || b < a || b - a > 100_000) {
      throw new AppError('INVALID_ARGUMENT', `"${part}" is not a valid range.`)
    }
    for (let i = a; i <= b; i++) out.push(i)
  }
  return [...new Set(out)]
}
