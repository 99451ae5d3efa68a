/**
 * The documents of a decision: bonus table (app, XLSX, PDF) and the decision PDF. The bonus
 * computation and both PDFs come from bonus.ts, bonus-pdf.ts and decision-pdf.ts.
 */
import type { FileOut } from '@shared/contract-part'
import type { BonusTable, Decision, Honoree } from '@shared/honours/entities'
import type { honoursMethodNames } from '@shared/honours/method-names'
import { AppError } from '@shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { loadBundledFonts } from '../pdf/fonts'
import type { DatabaseData } from '../schema/database-schema'
import { computeBonusTable } from './bonus'
import { renderBonusPdf } from './bonus-pdf'
import { decisionNumber, renderDecisionPdf } from './decision-pdf'
import { defaultAwardForms } from '../schema/default-award-forms'
import { bonusXlsx } from './bonus-xlsx'
import { safeFileName } from './xlsx-file'

type DocumentMethods = 'getBonusTable' | 'exportBonusTable' | 'exportDecisionPdf'

/** Everything a decision's documents are made from. */
export function decisionSources(data: DatabaseData, id: string) {
  const decision = data.honours.decisions.find((d) => d.id === id)
  if (!decision) throw new AppError('NOT_FOUND', `Decision ${id} not found.`)
  const forms = data.honours.awardForms.length > 0 ? data.honours.awardForms : defaultAwardForms()
  const awardForm = forms.find((f) => f.id === decision.awardFormId) ?? null
  const honorees = new Map<string, Honoree>(
    data.honours.honorees.filter((h) => h.eventId === decision.eventId).map((h) => [h.id, h])
  )
  const registerNumbers = new Map(
    data.honours.register
      .filter((e) => e.decisionId === decision.id && e.status === 'active')
      .map((e) => [e.honoreeId, e.registerNumber])
  )
  return { decision, awardForm, honorees, registerNumbers, organisation: data.organisation }
}

const pdf = (bytes: Buffer, fileName: string): FileOut => ({
  fileName,
  contentType: 'application/pdf',
  contentBase64: bytes.toString('base64')
})

/** "Quyết định 125-QĐ-UBND" or "Quyết định (dự thảo)". */
const baseName = (prefix: string, d: Decision) =>
  safeFileName(`${prefix} ${d.number ? decisionNumber(d) : 'dự thảo'}`)

export function honoursDocumentHandlers(
  deps: FeatureDeps
): Pick<HandlerGroup<typeof honoursMethodNames>, DocumentMethods> {
  const { read, ctx } = deps
  const bonusOf = (
    id: string
  ): { table: BonusTable; sources: ReturnType<typeof decisionSources> } => {
    const sources = decisionSources(read(), id)
    return { table: computeBonusTable(sources), sources }
  }

  return {
    getBonusTable: ({ id }) => bonusOf(id).table,

    exportBonusTable: async ({ id, format }) => {
      const { table, sources } = bonusOf(id)
      const creationDate = new Date(sources.decision.updatedAt)
      const name = baseName('Tiền thưởng', sources.decision)
      if (format === 'xlsx') return bonusXlsx(sources, table, creationDate, `${name}.xlsx`)
      const bytes = await renderBonusPdf({
        organisation: sources.organisation,
        decision: sources.decision,
        awardForm: sources.awardForm,
        bonus: table,
        fonts: loadBundledFonts(ctx.resourcesDir),
        creationDate
      })
      return pdf(bytes, `${name}.pdf`)
    },

    exportDecisionPdf: async ({ id }) => {
      const sources = decisionSources(read(), id)
      const bytes = await renderDecisionPdf({
        ...sources,
        fonts: loadBundledFonts(ctx.resourcesDir),
        creationDate: new Date(sources.decision.updatedAt)
      })
      return pdf(bytes, `${baseName('Quyết định', sources.decision)}.pdf`)
    }
  }
}
