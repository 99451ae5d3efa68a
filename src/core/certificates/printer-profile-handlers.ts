import type { PrinterProfile } from '@shared/certificates/entities'
import { normalizeText } from '@shared/text'
import type { FeatureDeps } from '../feature-deps'
import { renderCalibrationPdf } from './calibration'
import { fileOut, pdfType } from './certificate-files'
import { saveRecord } from './save-record'
import { findProfile, fontsOf } from './template-rules'
import type { Handlers } from '../dispatch'

/** Printer profiles (offsets, margins of one printer) and the sheet that calibrates them. */
export function printerProfileHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'listPrinterProfiles' | 'savePrinterProfile' | 'deletePrinterProfile' | 'renderCalibrationSheet'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  return {
    listPrinterProfiles: () => read().certificates.printerProfiles,
    savePrinterProfile: ({ profile }) => {
      const data = read()
      const existing = data.certificates.printerProfiles.find((p) => p.id === profile.id)
      const saved: PrinterProfile = {
        ...profile,
        name: normalizeText(profile.name),
        id: existing?.id ?? ctx.newId(),
        createdAt: existing?.createdAt ?? now(),
        updatedAt: now()
      }
      return saveRecord(
        changes,
        'printerProfile',
        (draft) => draft.certificates.printerProfiles,
        existing,
        saved
      )
    },
    deletePrinterProfile: ({ id }) => {
      const p = findProfile(read(), id)!
      return changes.apply({ entity: 'printerProfile', action: 'delete' }, (draft) => {
        draft.certificates.printerProfiles = draft.certificates.printerProfiles.filter(
          (x) => x.id !== id
        )
        return { value: { deleted: true as const }, entityId: id, subject: p.name, changes: [] }
      })
    },
    renderCalibrationSheet: async ({ widthMm, heightMm, profileId }) => {
      const data = read()
      const bytes = await renderCalibrationPdf({
        widthMm,
        heightMm,
        fonts: fontsOf(ctx, data),
        profile: findProfile(data, profileId),
        creationDate: ctx.clock.now()
      })
      return fileOut(`To hieu chinh ${widthMm}x${heightMm}mm.pdf`, pdfType, bytes)
    }
  }
}
