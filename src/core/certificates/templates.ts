import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { Template, templateFileVersion } from '@shared/certificates/entities'
import type { DocumentKind } from '@shared/certificates/records'
import { AppError } from '@shared/result'
import { upgradeCopiedTemplate } from '../schema/copied-templates'

const shippedCache = new Map<string, Template[]>()

/** The templates in resources/templates, validated once per process. */
export function shippedTemplates(resourcesDir: string): Template[] {
  let list = shippedCache.get(resourcesDir)
  if (!list) {
    const dir = join(resourcesDir, 'templates')
    list = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({
        ...Template.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
        builtIn: true
      }))
    shippedCache.set(resourcesDir, list)
  }
  return list
}

/** The built-in templates, then the office's own, that print `kind` (what listTemplates lists). */
export const templatesOfKind = (
  shipped: readonly Template[],
  stored: readonly Template[],
  kind: DocumentKind = 'certificate'
): Template[] => [...shipped, ...stored].filter((t) => (t.kind ?? 'certificate') === kind)

export const templateFileFormat = 'dais-certificate-template'

const TemplateFile = z.object({
  format: z.literal(templateFileFormat),
  version: z.number().int().min(1),
  template: z.unknown()
})

export function templateFile(template: Template): string {
  return `${JSON.stringify(
    {
      format: templateFileFormat,
      version: templateFileVersion,
      template: { ...template, builtIn: false }
    },
    null,
    2
  )}\n`
}

/** Reads an exported template file; malformed files and newer versions are refused. */
export function parseTemplateFile(bytes: Buffer, fileName: string): Template {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    throw new AppError('UNSUPPORTED_FILE', `${fileName} is not a Dais template file (not JSON).`)
  }
  const file = TemplateFile.safeParse(json)
  if (!file.success) {
    throw new AppError('UNSUPPORTED_FILE', `${fileName} is not a Dais certificate template file.`)
  }
  if (file.data.version > templateFileVersion) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${fileName} was made by a newer version of Dais (template format ${file.data.version}; this version reads up to ${templateFileVersion}). Update Dais to open it.`,
      { version: file.data.version, supported: templateFileVersion }
    )
  }
  // A file from before v2 may be a copy of an old built-in: it gets the fixes the data got.
  const template = Template.safeParse(
    file.data.version < 2 ? upgradeCopiedTemplate(file.data.template) : file.data.template
  )
  if (!template.success) {
    const first = template.error.issues[0]
    throw new AppError(
      'UNSUPPORTED_FILE',
      `${fileName} is damaged: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid template'}.`
    )
  }
  return template.data
}
