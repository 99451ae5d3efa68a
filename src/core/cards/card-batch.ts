import type { CardsRequest } from '@shared/cards/contract'
import type { LayoutWarning } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import type { Delegate } from '@shared/delegates/entities'
import { AppError } from '@shared/result'
import { createFontSet, type FontSet } from '../certificates'
import type { LayoutSubject, PageLayout } from '../certificates'
import { shippedTemplates } from '../certificates'
import { categoriesOf, delegatesOf } from '../delegates'
import type { DatabaseData } from '../schema/database-schema'
import { checkCards, cardImposition, layoutCards } from './card-sheets'
import { greyscaleClashes, matchPhotos, orderDelegates } from './card-order'
import { checkInCodes } from './check-in'
import { delegateValues } from '../certificates'
import { sheetSizes } from './imposition'

export interface CardJob {
  template: Template
  profile: PrinterProfile | null
  fonts: FontSet
  sheet: { widthMm: number; heightMm: number }
  gapMm: number
  orientation: 'auto' | 'portrait' | 'landscape'
  delegates: Delegate[]
  subjects: LayoutSubject[]
  greyscaleClashes: [string, string][]
}

export function findTemplate(
  data: DatabaseData,
  resourcesDir: string,
  id: string,
  kind: NonNullable<Template['kind']>
): Template {
  const t =
    shippedTemplates(resourcesDir).find((s) => s.id === id) ??
    data.certificates.templates.find((s) => s.id === id)
  if (!t) throw new AppError('NOT_FOUND', `Template ${id} not found.`)
  if ((t.kind ?? 'certificate') !== kind)
    throw new AppError('INVALID_ARGUMENT', `templateId: "${t.name}" is not a ${kind} template.`)
  return t
}

export function findProfile(data: DatabaseData, id: string | null | undefined) {
  if (!id) return null
  const p = data.certificates.printerProfiles.find((x) => x.id === id)
  if (!p) throw new AppError('NOT_FOUND', `Printer profile ${id} not found.`)
  return p
}

/** Everything a card print needs, in print order; refuses missing or broken photos clearly. */
export function prepareCards(
  data: DatabaseData,
  dirs: { resourcesDir: string; dataDir: string },
  req: CardsRequest
): CardJob {
  const template = findTemplate(data, dirs.resourcesDir, req.templateId, 'delegateCard')
  const profile = findProfile(data, req.profileId)
  const event = data.events.find((e) => e.id === req.eventId)
  if (!event) throw new AppError('NOT_FOUND', `No event with id "${req.eventId}"`)
  let delegates = delegatesOf(data, req.eventId)
  if (req.delegateIds) {
    const wanted = new Set(req.delegateIds)
    delegates = delegates.filter((d) => wanted.has(d.id))
    if (delegates.length !== wanted.size)
      throw new AppError('NOT_FOUND', 'delegateIds: some delegates are not in this event.')
  }
  if (delegates.length === 0) throw new AppError('INCOMPLETE', 'The event has no delegates.')
  delegates = orderDelegates(delegates, req.order ?? 'number')
  const categories = categoriesOf(data, req.eventId)
  const codes = checkInCodes(data, req.eventId, delegates)
  const usesPhoto = template.fields.some((f) => f.type === 'image' && f.source === 'photo')
  let photos: Map<string, NonNullable<LayoutSubject['photo']>> | null = null
  if (usesPhoto && req.photos) {
    const match = matchPhotos(
      delegates,
      req.photos.map((f) => ({
        fileName: f.fileName,
        bytes: Buffer.from(f.contentBase64, 'base64')
      }))
    )
    if (match.notImages.length) {
      throw new AppError(
        'UNSUPPORTED_FILE',
        `Not a PNG or JPEG image: ${match.notImages.slice(0, 5).join(', ')}${match.notImages.length > 5 ? ` and ${match.notImages.length - 5} more` : ''}.`,
        { files: match.notImages }
      )
    }
    if (match.missing.length) {
      throw new AppError(
        'INCOMPLETE',
        `No photo for ${match.missing.length} delegate(s): ${match.missing
          .slice(0, 5)
          .map((d) => `${d.number} ${d.fullName}`)
          .join(
            ', '
          )}${match.missing.length > 5 ? ', …' : ''}. Name each photo after the delegate number (42.jpg) or the full name.`,
        { delegateIds: match.missing.map((d) => d.id) }
      )
    }
    photos = match.photos
  }
  const subjects = delegates.map((d): LayoutSubject => {
    const category = categories.find((c) => c.id === d.categoryId) ?? null
    return {
      honoreeId: d.id,
      kind: 'individual',
      values: delegateValues(d, {
        organisation: data.organisation,
        event,
        category,
        checkInCode: codes?.get(d.id) ?? ''
      }),
      categoryColor: category?.color ?? null,
      photo: photos?.get(d.id) ?? null
    }
  })
  return {
    template,
    profile,
    fonts: createFontSet(dirs.resourcesDir, dirs.dataDir, data.certificates.fonts),
    sheet: sheetSizes[req.sheet ?? 'A4'],
    gapMm: req.gapMm ?? 6,
    orientation: req.orientation ?? 'auto',
    delegates,
    subjects,
    greyscaleClashes: greyscaleClashes(
      categories.filter((c) => delegates.some((d) => d.categoryId === c.id))
    )
  }
}

/** The cards laid out once, with what does not fit or cannot be printed. */
export function layOutCards(job: CardJob): { layouts: PageLayout[]; problems: LayoutWarning[] } {
  const layouts = layoutCards(job)
  return { layouts, problems: checkCards(layouts) }
}

export function cardSummary(job: CardJob) {
  const imposition = cardImposition(job)
  const perSheet = imposition.slots.length
  if (perSheet === 0) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `A ${job.template.page.widthMm} × ${job.template.page.heightMm} mm card does not fit the sheet inside its margins.`
    )
  }
  return {
    count: job.subjects.length,
    perSheet,
    sheets: Math.ceil(job.subjects.length / perSheet)
  }
}
