import { matchesSearch, searchKey } from '@shared/text'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { recordCertificatePrints, voidRegisterEntryIn } from './register'
import { registerXlsx } from './register-xlsx'
import { plain } from './honours-rules'
import type { Handlers } from '../dispatch'

/** The register of awards: listed, searched, voided, prints recorded, exported. */
export function registerHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'listRegister' | 'voidRegisterEntry' | 'recordRegisterPrints' | 'exportRegister'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
    listRegister: (query) => filterRegister(read(), query),

    voidRegisterEntry: async ({ id, reason }) => {
      const voided = { entity: 'register', action: 'void', undoable: false } as const
      const entry = await changes.apply(voided, (draft) => {
        const e = plain(voidRegisterEntryIn(draft, { entryId: id, reason: normalizeInput(reason) }))
        return {
          value: e,
          entityId: id,
          subject: `${e.registerNumber} ${e.nameLine}`,
          changes: [{ field: 'status', before: 'active', after: 'void' }]
        }
      })
      return entry
    },

    recordRegisterPrints: ({ printed, spoiled, reprintReason, batchId }) =>
      changes.apply({ entity: 'register', action: 'print' }, (draft) => {
        const counts = recordCertificatePrints(draft, {
          printed,
          spoiled: spoiled.map((s) => ({ entryId: s.entryId, reason: normalizeInput(s.reason) })),
          reprintReason: normalizeInput(reprintReason),
          batchId,
          operator: draft.settings.operatorName,
          at: now()
        })
        const touched = new Set([...printed, ...spoiled.map((s) => s.entryId)])
        const entries = draft.honours.register.filter((e) => touched.has(e.id)).map(plain)
        return {
          value: entries,
          entityId: entries.length === 1 ? (entries[0]?.id ?? '') : (entries[0]?.decisionId ?? ''),
          subject: entries
            .map((e) => e.registerNumber)
            .join(', ')
            .slice(0, 300),
          changes: [{ field: 'prints', before: null, after: counts }]
        }
      }),

    exportRegister: (query) => registerXlsx(read(), filterRegister(read(), query), ctx.clock.now())
  }
}

/** The register, newest year first, then award form rank, then number; optionally searched. */
export function filterRegister(
  data: DatabaseData,
  { eventId, query }: { eventId?: string; query?: string }
) {
  const decisionEvent = new Map(data.honours.decisions.map((d) => [d.id, d.eventId]))
  const rank = new Map(data.honours.awardForms.map((f) => [f.id, f.rank]))
  const q = (query ?? '').trim()
  return data.honours.register
    .filter((e) => !eventId || decisionEvent.get(e.decisionId) === eventId)
    .filter((e) => q === '' || matchesSearch(searchKey(`${e.nameLine} ${e.registerNumber}`), q))
    .slice()
    .sort(
      (a, b) =>
        b.year - a.year ||
        (rank.get(a.awardFormId) ?? 0) - (rank.get(b.awardFormId) ?? 0) ||
        a.seq - b.seq
    )
}
