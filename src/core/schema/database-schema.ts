import { z } from 'zod'
import { AuditEntry, Event, Organisation, Settings } from '@shared/entities'
import { emptyOrganisation } from '@shared/records'
import { AgendaData, emptyAgendaData } from './agenda-data'
import { CertificatesData, emptyCertificatesData } from './certificates-data'
import { DelegatesData, emptyDelegatesData } from './delegates-data'
import { emptyHonoursData, HonoursData } from './honours-data'
import { emptyImportsData, ImportsData } from './imports-data'
import { emptyMovementData, MovementData } from './movement-data'
import { emptyRostersData, RostersData } from './rosters-data'

// Raise it in schema-version.ts (zod-free, read by `dais` commands that do not open the folder).
export { currentSchemaVersion } from './schema-version'

/**
 * Each feature owns one part; a record carries the `eventId` it belongs to, or none when it is the
 * organisation's (the movement's units, targets and proposals).
 */
export const featureParts = {
  delegates: { schema: DelegatesData, empty: emptyDelegatesData },
  rosters: { schema: RostersData, empty: emptyRostersData },
  honours: { schema: HonoursData, empty: emptyHonoursData },
  certificates: { schema: CertificatesData, empty: emptyCertificatesData },
  agenda: { schema: AgendaData, empty: emptyAgendaData },
  imports: { schema: ImportsData, empty: emptyImportsData },
  movement: { schema: MovementData, empty: emptyMovementData }
} as const
export type FeaturePart = keyof typeof featureParts

export const DatabaseData = z.strictObject({
  organisation: Organisation,
  settings: Settings,
  events: z.array(Event),
  audit: z.array(AuditEntry),
  delegates: DelegatesData,
  rosters: RostersData,
  honours: HonoursData,
  certificates: CertificatesData,
  agenda: AgendaData,
  imports: ImportsData,
  movement: MovementData
})
export type DatabaseData = z.infer<typeof DatabaseData>

export const emptyFeatureParts = () => ({
  delegates: emptyDelegatesData(),
  rosters: emptyRostersData(),
  honours: emptyHonoursData(),
  certificates: emptyCertificatesData(),
  agenda: emptyAgendaData(),
  imports: emptyImportsData(),
  movement: emptyMovementData()
})

export const emptyDatabase = (): DatabaseData => ({
  organisation: emptyOrganisation(),
  settings: { operatorName: '', uiLanguage: 'vi' },
  events: [],
  audit: [],
  ...emptyFeatureParts()
})

export const validateDatabase = (data: unknown): DatabaseData => DatabaseData.parse(data)

const unwrapSchema = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional ||
  schema instanceof z.ZodNullable ||
  schema instanceof z.ZodDefault
    ? unwrapSchema(schema.unwrap() as z.ZodType)
    : schema

function validateChanged(schema: z.ZodType, before: unknown, after: unknown, path: string): void {
  if (after === before) return
  const inner = unwrapSchema(schema)
  if (Array.isArray(after) && inner instanceof z.ZodArray) {
    const previous = Array.isArray(before) ? before : []
    // An edit keeps every other element at its index: compare by position, and build a set only
    // when elements were added, removed or moved.
    const sameShape = previous.length === after.length
    const unchanged = sameShape ? null : new Set<unknown>(previous)
    after.forEach((item, index) => {
      if (sameShape ? previous[index] === item : unchanged?.has(item)) return
      const parsed = (inner.element as z.ZodType).safeParse(item)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue?.path.length ? `.${issue.path.map(String).join('.')}` : ''
        throw new Error(`Invalid ${path}[${index}]${where}: ${issue?.message ?? 'invalid'}`)
      }
    })
    return
  }
  if (
    inner instanceof z.ZodObject &&
    typeof after === 'object' &&
    after !== null &&
    typeof before === 'object' &&
    before !== null &&
    !Array.isArray(after)
  ) {
    const shape = inner.shape as Record<string, z.ZodType>
    const keys = new Set([...Object.keys(after), ...Object.keys(before)])
    for (const key of keys) {
      const child = shape[key]
      if (!child) throw new Error(`Invalid ${path}: unknown key "${key}"`)
      validateChanged(
        child,
        (before as Record<string, unknown>)[key],
        (after as Record<string, unknown>)[key],
        `${path}.${key}`
      )
    }
    return
  }
  schema.parse(after)
}

/**
 * Validates what a mutation changed. Committed states share unchanged parts by reference (immer),
 * so only objects and collections whose reference moved are looked at, and in a collection only
 * its new elements.
 */
export function validateDatabaseChange(before: DatabaseData, after: DatabaseData): void {
  validateChanged(DatabaseData, before, after, 'data')
}
