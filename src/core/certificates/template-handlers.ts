import type { AuditAction } from '@shared/entities'
import type { Template } from '@shared/certificates/entities'
import { normalizeText } from '@shared/text'
import { diffFields } from '../change-log'
import { overlappingFields } from './overlap'
import type { FeatureDeps } from '../feature-deps'
import { layoutCertificate } from './layout'
import { CertificatePdf } from './painter'
import { parseTemplateFile, shippedTemplates, templateFile, templatesOfKind } from './templates'
import { fileOut, fileStem } from './certificate-files'
import { delegatePreviewSubject, previewSubject } from './certificate-subjects'
import {
  assertTemplateImages,
  completeTemplate,
  findProfile,
  findTemplate,
  fontsOf,
  frozen,
  assertUnchangedSince,
  nextRevision,
  tidyTemplate,
  uniqueName
} from './template-rules'
import type { Handlers } from '../dispatch'
import type { AppContext } from '../app-context'
import type { DatabaseData } from '../schema/database-schema'
import { saveRecord } from './save-record'

/** Certificate templates: the shipped ones, the office's own, their files and previews. */
export function templateHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  | 'listTemplates'
  | 'getTemplate'
  | 'saveTemplate'
  | 'duplicateTemplate'
  | 'deleteTemplate'
  | 'exportTemplate'
  | 'importTemplate'
  | 'renderTemplatePreview'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  const shipped = () => shippedTemplates(ctx.resourcesDir)
  const addTemplate = (template: Template, action: AuditAction) =>
    changes.apply({ entity: 'template', action }, (draft) => {
      draft.certificates.templates.push(template)
      return {
        value: template,
        entityId: template.id,
        subject: template.name,
        changes: diffFields(undefined, { name: template.name })
      }
    })

  return {
    listTemplates: ({ kind }) => templatesOfKind(shipped(), read().certificates.templates, kind),
    getTemplate: ({ id }) => findTemplate(ctx, read(), id),

    saveTemplate: async ({ template: input, expectedUpdatedAt }) => {
      const data = read()
      const builtIn = shipped().find((s) => s.id === input.id)
      if (builtIn) throw frozen(builtIn)
      const t = tidyTemplate(input)
      assertTemplateImages(t)
      const existing = data.certificates.templates.find((x) => x.id === t.id)
      if (expectedUpdatedAt !== undefined) assertUnchangedSince(existing, t, expectedUpdatedAt)
      const saved: Template = {
        ...t,
        id: existing?.id ?? ctx.newId(),
        builtIn: false,
        createdAt: existing?.createdAt ?? now(),
        updatedAt: nextRevision(now(), existing?.updatedAt)
      }
      return saveRecord(
        changes,
        'template',
        (draft) => draft.certificates.templates,
        existing,
        saved
      )
    },

    duplicateTemplate: ({ id, name }) => {
      const data = read()
      const source = findTemplate(ctx, data, id)
      const copy: Template = {
        ...structuredClone(source),
        id: ctx.newId(),
        name: uniqueName(ctx, data, normalizeText(name ?? `${source.name} (bản sao)`)),
        builtIn: false,
        createdAt: now(),
        updatedAt: now()
      }
      return addTemplate(copy, 'duplicate')
    },

    deleteTemplate: ({ id }) => {
      const data = read()
      const t = findTemplate(ctx, data, id)
      if (t.builtIn) throw frozen(t)
      return changes.apply({ entity: 'template', action: 'delete' }, (draft) => {
        draft.certificates.templates = draft.certificates.templates.filter((x) => x.id !== id)
        return { value: { deleted: true as const }, entityId: id, subject: t.name, changes: [] }
      })
    },

    exportTemplate: ({ id }) => {
      const t = findTemplate(ctx, read(), id)
      return fileOut(
        `${fileStem(t.name)}.dais-template.json`,
        'application/json',
        Buffer.from(templateFile(t))
      )
    },

    importTemplate: ({ file }) => {
      const parsed = parseTemplateFile(Buffer.from(file.contentBase64, 'base64'), file.fileName)
      assertTemplateImages(parsed)
      const data = read()
      const t: Template = {
        ...(tidyTemplate(parsed) as Template),
        id: ctx.newId(),
        name: uniqueName(ctx, data, normalizeText(parsed.name) || 'Mẫu nhập'),
        builtIn: false,
        createdAt: now(),
        updatedAt: now()
      }
      return addTemplate(t, 'import')
    },

    renderTemplatePreview: (args) => renderTemplatePreview(ctx, read(), args, now())
  }
}

/** A template drawn for one sample subject, with its layout's and overlap warnings. */
async function renderTemplatePreview(
  ctx: AppContext,
  data: DatabaseData,
  { template, eventId, honoreeId, profileId }: Parameters<Handlers['renderTemplatePreview']>[0],
  at: string
) {
  const profile = findProfile(data, profileId)
  const t = completeTemplate(tidyTemplate(template), at)
  const kind = t.kind ?? 'certificate'
  const layout = layoutCertificate(
    t,
    kind === 'certificate'
      ? previewSubject(data, eventId, honoreeId, t.language ?? 'vi')
      : delegatePreviewSubject(data, eventId),
    fontsOf(ctx, data),
    {
      purpose: 'preview',
      // cards are cut from a sheet: the printer's margin is the sheet's, not the card's
      marginMm: kind === 'delegateCard' ? null : (profile?.marginMm ?? 5),
      profile
    }
  )
  const pdf = new CertificatePdf({ title: t.name, creationDate: ctx.clock.now() })
  pdf.page(layout, profile)
  const bytes = await pdf.toBuffer()
  // Fields on top of each other are the designer's concern: checked on the preview only.
  const warnings = [...layout.warnings, ...overlappingFields(t)]
  return { pdfBase64: bytes.toString('base64'), warnings }
}
