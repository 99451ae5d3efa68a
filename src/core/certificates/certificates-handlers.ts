import type { AuditAction } from '../../shared/entities'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CertificateBatchRequest, TemplateInput } from '../../shared/certificates/contract'
import type { PrinterProfile, Template, UserFont } from '../../shared/certificates/entities'
import type { certificatesMethodNames } from '../../shared/certificates/method-names'
import type { TemplateLanguage } from '../../shared/certificates/records'
import type { FileOut } from '../../shared/contract-part'
import { AppError } from '../../shared/result'
import { normalizeText } from '../../shared/text'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { createJobRegistry } from '../jobs/jobs'
import type { DatabaseData } from '../schema/database-schema'
import { checkBatch, renderBatch, type BatchItem } from './batch'
import { renderCalibrationPdf } from './calibration'
import { certificateOrder, orderedHonorees, selectPositions } from './certificate-order'
import { certificateValues, sampleValues, type CertificateSubject } from './certificate-values'
import { checkUserFont, createFontSet, bundledFamilies, userFontPath } from './fonts'
import { layoutCertificate } from './layout'
import { safeChildPath } from '../safe-path'
import { assertDrawableImage } from '../images'
import { CertificatePdf } from './painter'
import { parseTemplateFile, shippedTemplates, templateFile } from './templates'

const pdfType = 'application/pdf'

const fileOut = (fileName: string, contentType: string, bytes: Uint8Array): FileOut => ({
  fileName,
  contentType,
  contentBase64: Buffer.from(bytes).toString('base64')
})

/** A file name from a user's title: letters kept (NFC), separators collapsed. */
const fileStem = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[/\\<>:"|?*\u0000-\u001f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120) || 'dais'

/** Field text keeps its line breaks: NFC only, never the one-line normaliser. */
function tidyTemplate(t: TemplateInput): TemplateInput {
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
function assertTemplateImages(t: Pick<TemplateInput, 'background' | 'fields'>): void {
  assertDrawableImage(t.background, 'background')
  for (const f of t.fields) if (f.type === 'image') assertDrawableImage(f.image, `fields.${f.id}`)
}

export function certificatesHandlers(
  deps: FeatureDeps
): HandlerGroup<typeof certificatesMethodNames> {
  const { read, changes, ctx, emit } = deps
  const jobs = createJobRegistry()
  const now = () => ctx.clock.now().toISOString()
  const shipped = () => shippedTemplates(ctx.resourcesDir)
  const fontsOf = (data: DatabaseData) =>
    createFontSet(ctx.resourcesDir, ctx.dataDir, data.certificates.fonts)

  const findTemplate = (data: DatabaseData, id: string): Template => {
    const t =
      shipped().find((s) => s.id === id) ?? data.certificates.templates.find((s) => s.id === id)
    if (!t) throw new AppError('NOT_FOUND', `Template ${id} not found.`)
    return t
  }
  const findProfile = (
    data: DatabaseData,
    id: string | null | undefined
  ): PrinterProfile | null => {
    if (!id) return null
    const p = data.certificates.printerProfiles.find((x) => x.id === id)
    if (!p) throw new AppError('NOT_FOUND', `Printer profile ${id} not found.`)
    return p
  }
  const frozen = (t: Template) =>
    new AppError('FROZEN', `"${t.name}" ships with Dais and cannot be changed; duplicate it first.`)

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

  const uniqueName = (data: DatabaseData, wanted: string) => {
    const names = new Set([...shipped(), ...data.certificates.templates].map((t) => t.name))
    let name = wanted
    for (let k = 2; names.has(name); k++) name = `${wanted} (${k})`
    return name
  }

  /** Every certificate of a decision in presentation order, with its printed values. */
  const batchItems = (
    data: DatabaseData,
    decisionId: string,
    language: TemplateLanguage,
    only?: readonly number[]
  ) => {
    const { decision, list } = orderedHonorees(data, decisionId)
    const event = data.events.find((e) => e.id === decision.eventId) ?? null
    const awardForm = data.honours.awardForms.find((f) => f.id === decision.awardFormId) ?? null
    const items: (BatchItem & { registerId: string | null })[] = selectPositions(list, only).map(
      (o) => ({
        position: o.position,
        registerId: o.register?.id ?? null,
        subject: {
          honoreeId: o.honoree.id,
          kind: o.honoree.kind,
          values: certificateValues(
            o.honoree,
            {
              organisation: data.organisation,
              event,
              decision,
              awardForm,
              register: o.register
            },
            language
          )
        }
      })
    )
    return { decision, items }
  }

  const previewSubject = (
    data: DatabaseData,
    eventId: string | undefined,
    honoreeId: string | null | undefined,
    language: TemplateLanguage
  ): CertificateSubject => {
    const event = data.events.find((e) => e.id === eventId) ?? null
    if (!honoreeId) {
      return {
        honoreeId: null,
        kind: 'individual',
        values: sampleValues(data.organisation, event, language)
      }
    }
    const honoree = data.honours.honorees.find((h) => h.id === honoreeId)
    if (!honoree) throw new AppError('NOT_FOUND', `Honoree ${honoreeId} not found.`)
    const inDecision = (d: DatabaseData['honours']['decisions'][number]) =>
      [...d.honoreeIds.collective, ...d.honoreeIds.individual, ...d.honoreeIds.household].includes(
        honoree.id
      )
    const decision = data.honours.decisions.find(inDecision) ?? null
    return {
      honoreeId: honoree.id,
      kind: honoree.kind,
      values: certificateValues(
        honoree,
        {
          organisation: data.organisation,
          event: event ?? data.events.find((e) => e.id === honoree.eventId) ?? null,
          decision,
          awardForm: data.honours.awardForms.find((f) => f.id === decision?.awardFormId) ?? null,
          register:
            data.honours.register.find(
              (r) =>
                r.honoreeId === honoree.id && r.decisionId === decision?.id && r.status === 'active'
            ) ?? null
        },
        language
      )
    }
  }

  const completeTemplate = (t: TemplateInput): Template => ({
    ...t,
    id: t.id ?? 'preview',
    builtIn: t.builtIn ?? false,
    createdAt: t.createdAt ?? now(),
    updatedAt: t.updatedAt ?? now()
  })

  async function renderCertificateBatch(req: CertificateBatchRequest): Promise<FileOut> {
    const data = read()
    const template = findTemplate(data, req.templateId)
    assertTemplateImages(template)
    const profile = findProfile(data, req.profileId)
    const fonts = fontsOf(data)
    const { decision, items } = batchItems(
      data,
      req.decisionId,
      template.language ?? 'vi',
      req.only
    )
    if (items.length === 0)
      throw new AppError('INCOMPLETE', 'The decision has no honorees to print.')
    const problems = checkBatch(
      { template, fonts, profile, plainPaperTest: req.plainPaperTest },
      items
    )
    const glyphs = problems.filter((p) => p.kind === 'glyphs')
    const overflow = problems.filter((p) => p.kind === 'overflow')
    if (glyphs.length || (overflow.length && !req.confirmOverflow)) {
      throw new AppError(
        'INCOMPLETE',
        glyphs.length
          ? `${glyphs.length} text(s) contain characters the font cannot print; nothing was printed.`
          : `${overflow.length} text(s) do not fit their box even at the minimum size; confirm to print anyway.`,
        { problems: [...glyphs, ...overflow] }
      )
    }
    const ext = req.output === 'zip' ? 'zip' : 'pdf'
    const stamp = now().replace(/[:.]/g, '-')
    const fileName = `${fileStem(`Giay khen ${decision.number || decision.id}${req.plainPaperTest ? ' (ban in thu)' : ''}`)}.${ext}`
    const targetPath = safeChildPath(
      join(ctx.dataDir, 'exports'),
      `${stamp}-${req.jobId}-${fileName}`,
      'job id or file name'
    )
    const label = `Giấy khen ${decision.number ? `QĐ ${decision.number}` : ''}`.trim()
    await jobs.run(req.jobId, (job) =>
      renderBatch({
        template,
        fonts,
        profile,
        plainPaperTest: req.plainPaperTest,
        items,
        output: req.output,
        ...(req.namePattern ? { namePattern: req.namePattern } : {}),
        title: template.name,
        creationDate: ctx.clock.now(),
        targetPath,
        signal: job.signal,
        onProgress: (done, total) =>
          emit({ type: 'progress', payload: { jobId: req.jobId, label, done, total } })
      })
    )
    // The file only staged the stream; the caller gets the bytes and saves or opens them.
    const bytes = await readFile(targetPath)
    await rm(targetPath, { force: true })
    return fileOut(fileName, req.output === 'zip' ? 'application/zip' : pdfType, bytes)
  }

  return {
    listTemplates: ({ kind = 'certificate' }) =>
      [...shipped(), ...read().certificates.templates].filter(
        (t) => (t.kind ?? 'certificate') === kind
      ),
    getTemplate: ({ id }) => findTemplate(read(), id),

    saveTemplate: async ({ template: input }) => {
      const data = read()
      const builtIn = shipped().find((s) => s.id === input.id)
      if (builtIn) throw frozen(builtIn)
      const t = tidyTemplate(input)
      assertTemplateImages(t)
      const existing = data.certificates.templates.find((x) => x.id === t.id)
      const saved: Template = {
        ...t,
        id: existing?.id ?? ctx.newId(),
        builtIn: false,
        createdAt: existing?.createdAt ?? now(),
        updatedAt: now()
      }
      return changes.apply(
        { entity: 'template', action: existing ? 'update' : 'create' },
        (draft) => {
          const list = draft.certificates.templates
          const i = list.findIndex((x) => x.id === saved.id)
          if (i >= 0) list[i] = saved
          else list.push(saved)
          return {
            value: saved,
            entityId: saved.id,
            subject: saved.name,
            changes: diffFields(existing, saved).filter((c) => c.field !== 'updatedAt')
          }
        }
      )
    },

    duplicateTemplate: ({ id, name }) => {
      const data = read()
      const source = findTemplate(data, id)
      const copy: Template = {
        ...structuredClone(source),
        id: ctx.newId(),
        name: uniqueName(data, normalizeText(name ?? `${source.name} (bản sao)`)),
        builtIn: false,
        createdAt: now(),
        updatedAt: now()
      }
      return addTemplate(copy, 'duplicate')
    },

    deleteTemplate: ({ id }) => {
      const data = read()
      const t = findTemplate(data, id)
      if (t.builtIn) throw frozen(t)
      return changes.apply({ entity: 'template', action: 'delete' }, (draft) => {
        draft.certificates.templates = draft.certificates.templates.filter((x) => x.id !== id)
        return { value: { deleted: true as const }, entityId: id, subject: t.name, changes: [] }
      })
    },

    exportTemplate: ({ id }) => {
      const t = findTemplate(read(), id)
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
        name: uniqueName(data, normalizeText(parsed.name) || 'Mẫu nhập'),
        builtIn: false,
        createdAt: now(),
        updatedAt: now()
      }
      return addTemplate(t, 'import')
    },

    renderTemplatePreview: async ({ template, eventId, honoreeId, profileId }) => {
      const data = read()
      const profile = findProfile(data, profileId)
      const t = completeTemplate(tidyTemplate(template))
      const layout = layoutCertificate(
        t,
        previewSubject(data, eventId, honoreeId, t.language ?? 'vi'),
        fontsOf(data),
        {
          purpose: 'preview',
          marginMm: profile?.marginMm ?? 5,
          profile
        }
      )
      const pdf = new CertificatePdf({ title: t.name, creationDate: ctx.clock.now() })
      pdf.page(layout, profile)
      const bytes = await pdf.toBuffer()
      return { pdfBase64: bytes.toString('base64'), warnings: layout.warnings }
    },

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
      return changes.apply(
        { entity: 'printerProfile', action: existing ? 'update' : 'create' },
        (draft) => {
          const list = draft.certificates.printerProfiles
          const i = list.findIndex((p) => p.id === saved.id)
          if (i >= 0) list[i] = saved
          else list.push(saved)
          return {
            value: saved,
            entityId: saved.id,
            subject: saved.name,
            changes: diffFields(existing, saved).filter((c) => c.field !== 'updatedAt')
          }
        }
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
        fonts: fontsOf(data),
        profile: findProfile(data, profileId),
        creationDate: ctx.clock.now()
      })
      return fileOut(`To hieu chinh ${widthMm}x${heightMm}mm.pdf`, pdfType, bytes)
    },

    listFonts: () => fontsOf(read()).list(),
    addFont: async ({ family, style, file }) => {
      const name = normalizeText(family)
      if (bundledFamilies.some((b) => b.toLowerCase() === name.toLowerCase())) {
        throw new AppError('CONFLICT', `${name} is a bundled font; give your font another name.`)
      }
      const bytes = Buffer.from(file.contentBase64, 'base64')
      const { sha256 } = checkUserFont(bytes, file.fileName)
      const target = userFontPath(ctx.dataDir, sha256)
      await mkdir(join(ctx.dataDir, 'fonts'), { recursive: true })
      await writeFile(`${target}.tmp`, bytes)
      await rename(`${target}.tmp`, target)
      const data = read()
      const existing = data.certificates.fonts.find(
        (f) => f.family.toLowerCase() === name.toLowerCase() && f.style === style
      )
      const font: UserFont = {
        id: existing?.id ?? ctx.newId(),
        family: name,
        style,
        fileName: file.fileName.normalize('NFC'),
        sha256,
        addedAt: now()
      }
      return changes.apply({ entity: 'font', action: existing ? 'replace' : 'add' }, (draft) => {
        const list = draft.certificates.fonts
        const i = list.findIndex((f) => f.id === font.id)
        if (i >= 0) list[i] = font
        else list.push(font)
        return {
          value: { family: font.family, style: font.style, builtIn: false, id: font.id },
          entityId: font.id,
          subject: `${font.family} (${font.style})`,
          changes: diffFields(existing, font)
        }
      })
    },
    deleteFont: ({ id }) => {
      const f = read().certificates.fonts.find((x) => x.id === id)
      if (!f) throw new AppError('NOT_FOUND', `Font ${id} not found.`)
      return changes.apply({ entity: 'font', action: 'delete' }, (draft) => {
        draft.certificates.fonts = draft.certificates.fonts.filter((x) => x.id !== id)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: `${f.family} (${f.style})`,
          changes: []
        }
      })
    },

    certificateOrder: ({ decisionId }) => certificateOrder(read(), decisionId),
    checkCertificateBatch: ({ decisionId, templateId, profileId, only }) => {
      const data = read()
      const template = findTemplate(data, templateId)
      const { items } = batchItems(data, decisionId, template.language ?? 'vi', only)
      assertTemplateImages(template)
      const problems = checkBatch(
        {
          template,
          fonts: fontsOf(data),
          profile: findProfile(data, profileId),
          plainPaperTest: false
        },
        items
      )
      return { count: items.length, problems }
    },
    renderCertificateBatch,
    cancelJob: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) })
  }
}
