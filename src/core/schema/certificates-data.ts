import { z } from 'zod'
import {
  BatchSettingsRecord,
  PrinterProfile,
  Template,
  UserFont
} from '@shared/certificates/entities'

/**
 * User templates (shipped ones live in resources/templates), printer profiles, user fonts, and
 * each event's batch settings.
 */
export const CertificatesData = z.strictObject({
  templates: z.array(Template),
  printerProfiles: z.array(PrinterProfile),
  fonts: z.array(UserFont),
  batchSettings: z.array(BatchSettingsRecord)
})
export type CertificatesData = z.infer<typeof CertificatesData>

export const emptyCertificatesData = (): CertificatesData => ({
  templates: [],
  printerProfiles: [],
  fonts: [],
  batchSettings: []
})
