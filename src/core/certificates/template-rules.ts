import type { TemplateInput } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import { AppError } from '@shared/result'
import { normalizeText } from '@shared/text'
import type { DatabaseData } from '../schema/database-schema'
import { createFontSet } from './fonts'
import { assertDrawableImage } from '../images'
import { shippedTemplates } from './templates'
import type { AppContext } from '../app-context'

/** Field text keeps its line breaks: NFC only, never the one-line normaliser. */
export function tidyTemplate(t: TemplateInput): TemplateInput {
  const nfc = <T>(v: T): T => {
    if (typeof v === 'string') return v.normalize('NFC') as T
    if (Array.isArray(v)) return v.map(nfc) as T
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === 'dataBase64' ? x : nfc(x)])
      ) as T
    }
    return v
  }
  return { ...nfc(t), name: normalizeText(t.name) }
}

/** Every image a template draws must be one a PDF can hold; checked on save and before printing. */
export function assertTemplateImages(t: Pick<TemplateInput, 'background' | 'fields'>): void {
  assertDrawableImage(t.background, 'background')
  for (const f of t.fields) if (f.type === 'image') assertDrawableImage(f.image, `fields.${f.id}`)
}

/** A template by id: one shipped with Dais or one of the office's own. */
export const findTemplate = (ctx: AppContext, data: DatabaseData, id: string): Template => {
  const t =
    shippedTemplates(ctx.resourcesDir).find((s) => s.id === id) ??
    data.certificates.templates.find((s) => s.id === id)
  if (!t) throw new AppError('NOT_FOUND', `Template ${id} not found.`)
  return t
}

export const findProfile = (
  data: DatabaseData,
  id: string | null | undefined
): PrinterProfile | null => {
  if (!id) return null
  const p = data.certificates.printerProfiles.find((x) => x.id === id)
  if (!p) throw new AppError('NOT_FOUND', `Printer profile ${id} not found.`)
  return p
}

/**
 * The stored template is still the one an edit started from (its `updatedAt` is `expected`):
 * otherwise CONFLICT (changed elsewhere, with the stored revision) or NOT_FOUND (deleted).
 */
export function assertUnchangedSince(
  stored: Template | undefined,
  edited: TemplateInput,
  expected: string
): void {
  if (!stored)
    throw new AppError('NOT_FOUND', `The template "${edited.name}" was deleted elsewhere.`, {
      reason: 'deleted'
    })
  if (stored.updatedAt !== expected)
    throw new AppError(
      'CONFLICT',
      `The template "${stored.name}" was changed elsewhere after this edit started.`,
      { reason: 'changed-elsewhere', updatedAt: stored.updatedAt }
    )
}

/** `now`, or 1 ms after `previous` when the clock has not moved past it: every save is a new revision. */
export function nextRevision(now: string, previous: string | undefined): string {
  const after = previous === undefined ? NaN : new Date(previous).getTime() + 1
  return Number.isNaN(after) || now > previous! ? now : new Date(after).toISOString()
}

export const frozen = (t: Template) =>
  new AppError('FROZEN', `"${t.name}" ships with Dais and cannot be changed; duplicate it first.`)

/** `wanted`, or `wanted (2)`, `(3)`… when a template already has that name. */
export const uniqueName = (ctx: AppContext, data: DatabaseData, wanted: string) => {
  const names = new Set(
    [...shippedTemplates(ctx.resourcesDir), ...data.certificates.templates].map((t) => t.name)
  )
  let name = wanted
  for (let k = 2; names.has(name); k++) name = `${wanted} (${k})`
  return name
}

/** A template being edited, made whole for a preview. */
export const completeTemplate = (t: TemplateInput, now: string): Template => ({
  ...t,
  id: t.id ?? 'preview',
  builtIn: t.builtIn ?? false,
  createdAt: t.createdAt ?? now,
  updatedAt: t.updatedAt ?? now
})

/** The fonts a certificate may use: Dais's bundled ones and the office's own. */
export const fontsOf = (ctx: AppContext, data: DatabaseData) =>
  createFontSet(ctx.resourcesDir, ctx.dataDir, data.certificates.fonts)
