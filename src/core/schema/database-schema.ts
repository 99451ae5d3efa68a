import { z } from 'zod'
import { AuditEntry, Event, Organisation, Settings } from '../../shared/entities'
import { emptyOrganisation } from '../../shared/records'

export const currentSchemaVersion = 2

export const DatabaseData = z.strictObject({
  organisation: Organisation,
  settings: Settings,
  events: z.array(Event),
  audit: z.array(AuditEntry)
})
export type DatabaseData = z.infer<typeof DatabaseData>

export const emptyDatabase = (): DatabaseData => ({
  organisation: emptyOrganisation(),
  settings: { operatorName: '', uiLanguage: 'vi' },
  events: [],
  audit: []
})

export const validateDatabase = (data: unknown): DatabaseData => DatabaseData.parse(data)

/**
 * Validates what a mutation changed. Committed states share unchanged parts by reference (immer),
 * so only collections whose reference moved are looked at, and in them only the new elements.
 */
export function validateDatabaseChange(before: DatabaseData, after: DatabaseData): void {
  const shape = DatabaseData.shape
  for (const key of Object.keys(shape) as (keyof DatabaseData)[]) {
    const next = after[key]
    if (next === before[key]) continue
    const schema = shape[key]
    if (Array.isArray(next) && schema instanceof z.ZodArray) {
      const unchanged = new Set<unknown>(before[key] as unknown[])
      next.forEach((item, index) => {
        if (unchanged.has(item)) return
        const parsed = (schema.element as z.ZodType).safeParse(item)
        if (!parsed.success) {
          throw new Error(
            `Invalid ${key}[${index}]: ${parsed.error.issues[0]?.message ?? 'invalid'}`
          )
        }
      })
    } else {
      schema.parse(next)
    }
  }
}
