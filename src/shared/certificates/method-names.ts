/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const certificatesMethodNames = [
  'listTemplates',
  'getTemplate',
  'saveTemplate',
  'duplicateTemplate',
  'deleteTemplate',
  'exportTemplate',
  'importTemplate',
  'renderTemplatePreview',
  'listPrinterProfiles',
  'savePrinterProfile',
  'deletePrinterProfile',
  'renderCalibrationSheet',
  'listFonts',
  'addFont',
  'deleteFont',
  'certificateOrder',
  'checkCertificateBatch',
  'renderCertificateBatch',
  'cancelJob',
  'getCertificateBatchSettings',
  'saveCertificateBatchSettings'
] as const
