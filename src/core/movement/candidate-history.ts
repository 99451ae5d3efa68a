import type { HistoryEntry } from '@shared/movement/proposals-contract'
import { duplicateKey } from '@shared/text'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import type { ProposalsGroup } from './proposals-group'

export function candidateHistoryHandlers(deps: FeatureDeps): ProposalsGroup<'getCandidateHistory'> {
  return {
    getCandidateHistory: ({ name, unitId }) =>
      candidateHistory(deps.read(), normalizeInput(name), unitId ?? null)
  }
}

/** A candidate's titles and awards in earlier years, from this data, newest first. */
export function candidateHistory(
  data: DatabaseData,
  name: string,
  unitId: string | null
): HistoryEntry[] {
  const key = duplicateKey(name)
  const m = data.movement
  const titles = new Map(m.titles.map((t) => [t.id, t.name]))
  const out: HistoryEntry[] = []
  for (const r of m.registrations) {
    const mine = r.personName
      ? duplicateKey(r.personName) === key
      : unitId !== null && r.unitId === unitId
    if (mine)
      out.push({ year: r.year, kind: 'title', text: titles.get(r.titleId) ?? '', result: r.result })
  }
  const forms = new Map(data.honours.awardForms.map((f) => [f.id, f.name]))
  for (const d of data.honours.decisions) {
    if (d.status !== 'issued') continue
    const ids = new Set([
      ...d.honoreeIds.collective,
      ...d.honoreeIds.individual,
      ...d.honoreeIds.household
    ])
    const named = data.honours.honorees.some((h) => ids.has(h.id) && duplicateKey(h.name) === key)
    if (!named) continue
    const form = (d.awardFormId && forms.get(d.awardFormId)) || 'Khen thưởng'
    out.push({
      year: Number(d.date?.slice(0, 4) ?? 0),
      kind: 'award',
      text: `${form} (Quyết định số ${d.number}/${d.symbol})`,
      result: 'awarded'
    })
  }
  return out.sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind))
}
