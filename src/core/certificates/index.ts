/** The certificates feature's entry point: what the app and other features (cards) may use. */
export { qrMatrix, qrModules } from './qr'
export { certificatesHandlers } from './certificates-handlers'
export { formatShortDate } from './certificate-values'
export { delegateHonorific, delegateValues } from './delegate-values'
export { createFontSet, type FontSet } from './fonts'
export { layoutCertificate, ptPerMm, type LayoutSubject, type PageLayout } from './layout'
export { CertificatePdf } from './painter'
export { shippedTemplates } from './templates'
