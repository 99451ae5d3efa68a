/**
 * The documents of a decision: bonus table (app, XLSX, PDF) and the decision PDF. The bonus
 * computation and both PDFs come from the pdf feature (bonus.ts, bonus-pdf.ts, decision-pdf.ts).
 */
import type { honoursMethodNames } from '../../shared/honours/method-names'
import { AppError } from '../../shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

type DocumentMethods = 'getBonusTable' | 'exportBonusTable' | 'exportDecisionPdf'

export function honoursDocumentHandlers(
  deps: FeatureDeps
): Pick<HandlerGroup<typeof honoursMethodNames>, DocumentMethods> {
  void deps
  const pending = () => {
    throw new AppError('INTERNAL', 'Not available yet.')
  }
  return { getBonusTable: pending, exportBonusTable: pending, exportDecisionPdf: pending }
}
