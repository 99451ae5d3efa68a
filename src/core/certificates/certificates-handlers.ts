import type { certificatesMethodNames } from '../../shared/certificates/method-names'
import { AppError } from '../../shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

const notYet = (): never => {
  throw new AppError('INCOMPLETE', 'Certificates are being built; this method is not ready yet.')
}

export function certificatesHandlers(
  deps: FeatureDeps
): HandlerGroup<typeof certificatesMethodNames> {
  void deps
  return {
    listTemplates: notYet,
    getTemplate: notYet,
    saveTemplate: notYet,
    duplicateTemplate: notYet,
    deleteTemplate: notYet,
    exportTemplate: notYet,
    importTemplate: notYet,
    renderTemplatePreview: notYet,
    listPrinterProfiles: notYet,
    savePrinterProfile: notYet,
    deletePrinterProfile: notYet,
    renderCalibrationSheet: notYet,
    listFonts: notYet,
    addFont: notYet,
    deleteFont: notYet,
    certificateOrder: notYet,
    checkCertificateBatch: notYet,
    renderCertificateBatch: notYet,
    cancelJob: notYet
  }
}
