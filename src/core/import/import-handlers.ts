import type { importMethodNames } from '@shared/import/method-names'
import { organisationImportKinds, type ImportKind } from '@shared/import/records'
import { AppError } from '@shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { tableToCsv, tableToXlsx, type ExportTable } from '../io/export-table'
import { previewSpreadsheet } from '../io/preview'
import { categoryNamesOnAdd } from '../delegates'
import { commitEventImport, commitOrganisationImport, lookupContext } from './import-commit'
import { delegatesTable, honoreesTable } from './office-tables'

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function eventOf(data: DatabaseData, eventId: string | undefined) {
  if (eventId === undefined)
    throw new AppError('INVALID_ARGUMENT', 'eventId: which event is this list for?', {
      issues: [{ path: ['eventId'], message: 'required' }]
    })
  const event = data.events.find((e) => e.id === eventId)
  if (!event) throw new AppError('NOT_FOUND', `No event ${eventId}`)
  return event
}

function existingNames(data: DatabaseData, eventId: string | undefined, kind: ImportKind) {
  switch (kind) {
    case 'delegates':
      return data.delegates.delegates.filter((d) => d.eventId === eventId).map((d) => d.fullName)
    case 'honorees':
      return data.honours.honorees.filter((h) => h.eventId === eventId).map((h) => h.name)
    case 'units':
      return data.movement.units.map((u) => u.name)
    case 'households':
    case 'registrations':
      return []
  }
}

const isOrganisationKind = (kind: ImportKind) => organisationImportKinds.includes(kind)

const safeFileName = (title: string) =>
  title
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80) || 'dais'

export function importHandlers(deps: FeatureDeps): HandlerGroup<typeof importMethodNames> {
  const { read, ctx } = deps

  async function exportTable(table: ExportTable, base: string, format: 'xlsx' | 'csv') {
    const bytes = format === 'xlsx' ? await tableToXlsx(table) : await tableToCsv(table)
    return {
      fileName: `${safeFileName(base)}.${format}`,
      contentType: format === 'xlsx' ? xlsxType : 'text/csv; charset=utf-8',
      contentBase64: bytes.toString('base64')
    }
  }

  return {
    previewImport: async ({ eventId, kind, file, mapping }) => {
      const data = read()
      if (!isOrganisationKind(kind)) eventOf(data, eventId)
      const bytes = Buffer.from(file.contentBase64, 'base64')
      const remembered = data.imports.mappings
      const { preview } = await previewSpreadsheet({
        fileName: file.fileName,
        bytes,
        kind,
        ...(mapping ? { mapping } : {}),
        remembered: (signature) =>
          remembered.find((m) => m.kind === kind && m.signature === signature)?.columns ?? null,
        context: {
          existingNames: existingNames(data, eventId, kind),
          categories: eventId ? categoryNamesOnAdd(data, eventId) : [],
          ...lookupContext(data, kind),
          today: ctx.clock.now().toISOString().slice(0, 10)
        }
      })
      return preview
    },

    commitImport: async ({ eventId, kind, year, fileName, signature, mapping, rows }) => {
      if (isOrganisationKind(kind))
        return commitOrganisationImport(deps, { kind, year, fileName, signature, mapping, rows })
      return commitEventImport(deps, eventOf(read(), eventId), {
        kind,
        fileName,
        signature,
        mapping,
        rows
      })
    },

    exportDelegates: async ({ eventId, format }) => {
      const data = read()
      const event = eventOf(data, eventId)
      const table = delegatesTable(
        event,
        data.organisation,
        data.delegates.delegates.filter((d) => d.eventId === eventId),
        data.delegates.categories.filter((c) => c.eventId === eventId)
      )
      return exportTable(table, `Danh sách đại biểu - ${event.title}`, format)
    },

    exportHonorees: async ({ eventId, format }) => {
      const data = read()
      const event = eventOf(data, eventId)
      const table = honoreesTable(
        event,
        data.organisation,
        data.honours.honorees.filter((h) => h.eventId === eventId)
      )
      return exportTable(table, `Danh sách khen thưởng - ${event.title}`, format)
    }
  }
}
