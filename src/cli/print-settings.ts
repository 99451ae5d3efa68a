import { z } from 'zod'
import { Organisation } from '@shared/entities'
import { PrinterProfile, Template } from '@shared/certificates/entities'
import { emptyOrganisation } from '@shared/records'
import { shippedTemplates, templatesOfKind } from '../core/certificates/templates'
import { currentSchemaVersion } from '../core/schema/schema-version'
import { readSavedData } from '../core/storage/saved-data'

/** What printing certificates from a spreadsheet reads of the data folder. */
export interface PrintSettings {
  organisation: Organisation
  /** The certificate templates, built-in first, as listTemplates lists them. */
  templates: Template[]
  profiles: PrinterProfile[]
}

/** The parts read, checked as opening the folder checks them (other parts are not looked at). */
const SavedParts = z.object({
  organisation: Organisation,
  certificates: z.object({
    templates: z.array(Template),
    printerProfiles: z.array(PrinterProfile)
  })
})

/**
 * The print settings of a data folder read without opening it: no lock, no validation of the
 * parts a print does not use, nothing written — a missing or empty folder gives a first start's
 * settings and stays as it is. Null when only opening the folder can tell (something to recover
 * or migrate, or parts that do not check), as `dais certificates --event` always does.
 */
export async function readPrintSettings(
  dataDir: string,
  resourcesDir: string
): Promise<PrintSettings | null> {
  const saved = await readSavedData(dataDir, currentSchemaVersion)
  if (saved.state === 'open') return null
  const shipped = shippedTemplates(resourcesDir)
  if (saved.state === 'empty')
    return {
      organisation: emptyOrganisation(),
      templates: templatesOfKind(shipped, []),
      profiles: []
    }
  const parts = SavedParts.safeParse(saved.data)
  if (!parts.success) return null
  const { organisation, certificates } = parts.data
  return {
    organisation,
    templates: templatesOfKind(shipped, certificates.templates),
    profiles: certificates.printerProfiles
  }
}
