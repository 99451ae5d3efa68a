import type { Delegate } from '@shared/delegates/entities'
import type { Event } from '@shared/entities'
import type { Honoree } from '@shared/honours/entities'
import type { CommitRow, ImportMappingRecord, ImportProblem } from '@shared/import/entities'
import type { importMethodNames } from '@shared/import/method-names'
import type { ImportKind } from '@shared/import/records'
import { AppError } from '@shared/result'
import { defaultCategoryNames } from '@shared/delegates/records'
import { duplicateKey } from '@shared/text'
import { addDelegatesToDraft, ensureDefaultCategories } from '../delegates'
import { importHouseholdsToDraft, importRegistrationsToDraft, importUnitsToDraft } from '../units'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import {
  locator,
  mappingByTarget,
  organisationLookup,
  orderValues,
  validateValues,
  type InterpretContext
} from '../io/interpret'
import type { OrganisationLookup } from '../io/interpret-units'

type CommitArgs = Omit<
  Parameters<HandlerGroup<typeof importMethodNames>['commitImport']>[0],
  'eventId'
>

/** What a households or registrations list is checked against: the ward's units and titles. */
export function lookupContext(data: DatabaseData, kind: ImportKind): Partial<InterpretContext> {
  if (kind !== 'households' && kind !== 'registrations') return {}
  const unitNames = data.movement.units.map((u) => u.name)
  return kind === 'households'
    ? { unitNames }
    : { unitNames, titles: data.movement.titles.filter((x) => x.active) }
}

const orNull = (s: string | undefined) => (s === undefined || s === '' ? null : s)

/** Checks every row to be committed; any error refuses the whole commit, located. */
export function revalidate(
  kind: ImportKind,
  sheet: string,
  rows: CommitRow[],
  mapping: Parameters<typeof mappingByTarget>[0],
  lookup?: OrganisationLookup,
  today?: string
): { rows: CommitRow[]; problems: ImportProblem[] } {
  const locate = locator(sheet, mappingByTarget(mapping))
  const problems: ImportProblem[] = []
  const kept = rows
    .filter((r) => !r.skip)
    .map((r) => {
      const values = orderValues(kind, normalizeInput(r.values))
      for (const p of validateValues(kind, values, lookup, today)) {
        if (p.severity === 'error') problems.push(locate(r.sheetRow, p))
      }
      return { ...r, values }
    })
  return { rows: kept, problems }
}

const officialCategoryName = defaultCategoryNames[0].name

function delegateFrom(
  values: Record<string, string>,
  base: { id: string; eventId: string; number: number; now: string; categoryId: string | null }
): Delegate {
  return {
    id: base.id,
    eventId: base.eventId,
    number: base.number,
    fullName: values.fullName ?? '',
    familyAndMiddleOverride: orNull(values.familyAndMiddle),
    givenNameOverride: orNull(values.givenName),
    gender: values.gender === 'male' || values.gender === 'female' ? values.gender : null,
    birthYear: values.birthYear ? Number(values.birthYear) : null,
    birthDate: orNull(values.birthDate),
    ethnicity: values.ethnicity ?? '',
    religion: values.religion ?? '',
    position: values.position ?? '',
    unit: values.unit ?? '',
    professionalLevel: values.professionalLevel ?? '',
    politicalTheoryLevel: values.politicalTheoryLevel ?? '',
    partyMember: values.partyMember === 'true',
    partyJoinDate: orNull(values.partyJoinDate),
    memberships: values.memberships ?? '',
    categoryId: base.categoryId,
    flags: { honoree: false, speaker: false, presidium: false, secretariat: false },
    ...(values.seat ? { seat: values.seat } : {}),
    phone: values.phone ?? '',
    notes: values.notes ?? '',
    custom: {},
    createdAt: base.now,
    updatedAt: base.now
  }
}

function honoreeFrom(
  values: Record<string, string>,
  base: { id: string; eventId: string; now: string }
): Honoree {
  const kind = values.kind as Honoree['kind']
  return {
    id: base.id,
    eventId: base.eventId,
    kind,
    name: values.name ?? '',
    gender:
      kind !== 'collective' && (values.gender === 'male' || values.gender === 'female')
        ? values.gender
        : null,
    posthumous: values.posthumous === 'true',
    prefixOverride: null,
    positionLine: values.positionLine ?? '',
    achievement: orNull(values.achievement),
    delegateId: null,
    official: false,
    notes: values.notes ?? '',
    createdAt: base.now,
    updatedAt: base.now
  }
}

function refuseIncomplete(kept: CommitRow[], problems: ImportProblem[]) {
  if (problems.length > 0) {
    const rowsWithErrors = new Set(problems.map((p) => p.row)).size
    throw new AppError(
      'INVALID_ARGUMENT',
      `${rowsWithErrors} dòng còn lỗi; chưa nhập gì. / ${rowsWithErrors} rows still have errors; nothing was imported.`,
      { problems }
    )
  }
  if (kept.length === 0) {
    throw new AppError('INCOMPLETE', 'Không có dòng nào để nhập. / There are no rows to import.', {
      missing: ['rows']
    })
  }
}

/** Units, households or registrations from a list: a backup first, then one durable change. */
export async function commitOrganisationImport(
  { read, changes, db, ctx }: FeatureDeps,
  { kind, year, fileName, signature, mapping, rows }: CommitArgs
) {
  const lookup = organisationLookup(lookupContext(read(), kind))
  const { rows: kept, problems } = revalidate(kind, fileName, rows, mapping, lookup)
  refuseIncomplete(kept, problems)
  if (kind !== 'units' && year === undefined)
    throw new AppError('INCOMPLETE', 'Chưa chọn năm. / Which year is this list for?', {
      missing: ['year']
    })
  const backupName = `Trước khi nhập ${fileName}`.slice(0, 100)
  await db.createNamedBackup(backupName)
  const now = ctx.clock.now().toISOString()
  return changes.apply(
    { entity: kind === 'units' ? 'unit' : 'registration', action: 'import', durable: true },
    (draft) => {
      const values = kept.map((r) => r.values)
      if (signature !== '') rememberMapping(draft, kind, signature, mapping, now, ctx.newId)
      if (kind === 'units') {
        const { added, updated } = importUnitsToDraft(draft, values, ctx, now)
        return {
          value: {
            added: added.length,
            updated: updated.length,
            ids: [...added, ...updated],
            backupName
          },
          entityId: '',
          subject: `${added.length} đơn vị mới, ${updated.length} đơn vị cập nhật từ ${fileName}`,
          changes: [{ field: kind, before: null, after: added.length + updated.length }]
        }
      }
      if (kind === 'registrations') {
        const done = importRegistrationsToDraft(draft, year as number, values, ctx, now)
        return {
          value: {
            added: done.added.length,
            updated: done.updated.length,
            ids: [...done.added, ...done.updated],
            backupName
          },
          entityId: '',
          subject: `${year}: ${done.added.length} đăng ký mới, ${done.updated.length} cập nhật từ ${fileName}`,
          changes: [{ field: kind, before: null, after: done.added.length + done.updated.length }]
        }
      }
      const done = importHouseholdsToDraft(draft, year as number, values, ctx, now)
      return {
        value: {
          added: done.households,
          updated: done.tallies.length,
          ids: done.tallies,
          backupName
        },
        entityId: '',
        subject: `${year}: ${done.households} hộ của ${done.tallies.length} tổ dân phố từ ${fileName}`,
        changes: [{ field: kind, before: null, after: done.households }]
      }
    }
  )
}

/** Delegates or honorees into one event: a backup first, then one durable change. */
export async function commitEventImport(
  { changes, db, ctx }: FeatureDeps,
  event: Event,
  { kind, fileName, signature, mapping, rows }: Omit<CommitArgs, 'year'>
) {
  const now = ctx.clock.now().toISOString()
  const today = now.slice(0, 10)
  const { rows: kept, problems } = revalidate(kind, fileName, rows, mapping, undefined, today)
  refuseIncomplete(kept, problems)
  const backupName = `Trước khi nhập ${fileName}`.slice(0, 100)
  await db.createNamedBackup(backupName)
  const eventKey = event.id
  return changes.apply(
    { entity: kind === 'delegates' ? 'delegate' : 'honoree', action: 'import', durable: true },
    (draft) => {
      const ids: string[] = []
      if (kind === 'delegates') {
        // The delegates feature hands out numbers (never reused) and the default categories.
        ensureDefaultCategories(draft, eventKey, ctx)
        const categories = new Map(
          draft.delegates.categories
            .filter((c) => c.eventId === eventKey)
            .map((c) => [duplicateKey(c.name), c.id])
        )
        const inputs = kept.map((row) => {
          const wanted = row.values.category ?? ''
          const categoryId = categories.get(duplicateKey(wanted || officialCategoryName)) ?? null
          const delegate = delegateFrom(row.values, {
            id: '',
            eventId: eventKey,
            number: 1,
            now,
            categoryId
          })
          const {
            id: _id,
            eventId: _eventId,
            number: _number,
            createdAt: _createdAt,
            updatedAt: _updatedAt,
            ...fields
          } = delegate
          return fields
        })
        for (const added of addDelegatesToDraft(draft, eventKey, inputs, ctx, now)) {
          ids.push(added.id)
        }
      } else {
        for (const row of kept) {
          const id = ctx.newId()
          draft.honours.honorees.push(honoreeFrom(row.values, { id, eventId: eventKey, now }))
          ids.push(id)
        }
      }
      if (signature !== '') rememberMapping(draft, kind, signature, mapping, now, ctx.newId)
      return {
        value: { added: ids.length, ids, backupName },
        entityId: eventKey,
        subject: `${event.title}: ${ids.length} ${kind === 'delegates' ? 'đại biểu' : 'đối tượng khen'} từ ${fileName}`,
        changes: [{ field: kind, before: null, after: ids.length }]
      }
    }
  )
}

function rememberMapping(
  draft: DatabaseData,
  kind: ImportKind,
  signature: string,
  mapping: { column: number; field: string | null }[],
  now: string,
  newId: () => string
) {
  const columns = mapping.map((m) => ({ column: m.column, field: m.field }))
  const existing = draft.imports.mappings.find((m) => m.kind === kind && m.signature === signature)
  if (existing) {
    existing.columns = columns
    existing.updatedAt = now
  } else {
    const record: ImportMappingRecord = { id: newId(), kind, signature, columns, updatedAt: now }
    draft.imports.mappings.push(record)
  }
}
