import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { clockTime } from '@shared/entities'
import { agendaItemKinds, maxDurationMinutes } from '@shared/agenda/records'

const TemplateItem = z.strictObject({
  kind: z.enum(agendaItemKinds),
  title: z.string().min(1).max(300),
  session: z.string().max(100).optional(),
  durationMinutes: z.number().int().min(0).max(maxDurationMinutes),
  fixedStart: clockTime.nullable().optional(),
  /** A role of the event (sample roles: "chairman", …) whose holder presents the item. */
  presenterRole: z.string().max(100).optional(),
  publicNotes: z.string().max(1000),
  internalNotes: z.string().max(2000),
  mcText: z.string().max(5000)
})
export type TemplateItem = z.infer<typeof TemplateItem>

export const AgendaTemplate = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  plannedEnd: clockTime.nullable(),
  items: z.array(TemplateItem).min(1)
})
export type AgendaTemplate = z.infer<typeof AgendaTemplate>

const cache = new Map<string, AgendaTemplate[]>()

/** The starting programmes shipped in resources/agenda-templates, parsed once. */
export function loadAgendaTemplates(resourcesDir: string): AgendaTemplate[] {
  const cached = cache.get(resourcesDir)
  if (cached) return cached
  const dir = join(resourcesDir, 'agenda-templates')
  const templates = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => AgendaTemplate.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
  cache.set(resourcesDir, templates)
  return templates
}
