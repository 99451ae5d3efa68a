import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { DelegateFlags, NewDelegate } from '@shared/delegates/entities'
import type { SampleSeeder } from '../events'
import { addDelegatesToDraft } from './delegate-store'

const flagName = DelegateFlags.keyof()

const SampleDelegate = NewDelegate.omit({ categoryId: true, flags: true }).extend({
  /** A category's name from `categories`. */
  category: z.string(),
  flags: z.array(flagName)
})

/** resources/sample-event/delegates.json */
export const SampleDelegates = z.strictObject({
  categories: z
    .array(z.strictObject({ name: z.string(), counted: z.boolean(), color: z.string().optional() }))
    .min(1),
  /** Full names of the delegates the sample congress sends to the provincial congress. */
  provincialDelegation: z.array(z.string()),
  /** What the sample congress's invitations say (giấy mời); the number and date stay to fill. */
  invitation: z.strictObject({
    symbol: z.string(),
    time: z.string(),
    dress: z.string(),
    contact: z.string()
  }),
  delegates: z.array(SampleDelegate)
})
export type SampleDelegates = z.infer<typeof SampleDelegates>

export function loadSampleDelegates(resourcesDir: string): SampleDelegates {
  const file = join(resourcesDir, 'sample-event', 'delegates.json')
  return SampleDelegates.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** About 120 invented delegates of the sample congress, in their categories. */
export const seedSampleDelegates: SampleSeeder = (draft, { eventId, ctx, now }) => {
  const sample = loadSampleDelegates(ctx.resourcesDir)
  const categories = sample.categories.map((c, order) => ({
    id: ctx.newId(),
    eventId,
    name: c.name,
    counted: c.counted,
    order,
    ...(c.color ? { color: c.color } : {})
  }))
  draft.delegates.categories.push(...categories)
  const categoryId = (name: string) => {
    const found = categories.find((c) => c.name === name)
    if (!found) throw new Error(`Sample delegate category "${name}" is not listed`)
    return found.id
  }
  addDelegatesToDraft(
    draft,
    eventId,
    sample.delegates.map(({ category, flags, ...fields }) => ({
      ...fields,
      categoryId: categoryId(category),
      flags: Object.fromEntries(flags.map((f) => [f, true]))
    })),
    ctx,
    now
  )
  draft.delegates.invitationSettings ??= []
  draft.delegates.invitationSettings.push({
    id: ctx.newId(),
    eventId,
    number: '',
    date: null,
    place: '',
    signerIndex: 0,
    ...sample.invitation,
    updatedAt: now
  })
}
