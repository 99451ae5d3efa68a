import { isDraft, original } from 'immer'
import type {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegatePatch,
  NewDelegate
} from '@shared/delegates/entities'
import {
  defaultCategoryNames,
  futurePersonDate,
  emptyDelegateFields,
  noFlags
} from '@shared/delegates/records'
import { AppError } from '@shared/result'
import { isRealIsoDate } from '@shared/dates/calendar-date'
import { normalizeMultiline, normalizeText } from '@shared/text'
import type { AppContext } from '../app-context'
import type { DatabaseData } from '../schema/database-schema'
import { delegateIndexOf } from './delegate-index'

/*
 * Draft-level building blocks for the delegates part, shared by the handlers, the sample
 * seeder and other features that add delegates inside their own change (the import commit).
 */

const invalid = (field: string, message: string) =>
  new AppError('INVALID_ARGUMENT', `${field}: ${message}`, {
    issues: [{ path: [field], message }]
  })

/** A refusal of one of several inputs: `details.entry` says which (its index in the inputs). */
function inEntry(error: unknown, entry: number): unknown {
  if (!(error instanceof AppError)) return error
  const details = typeof error.details === 'object' && error.details !== null ? error.details : {}
  return new AppError(error.code, error.message, { ...details, entry })
}

/** The committed array behind an immer draft, read without creating a proxy per element. */
const base = <T>(value: T): T => (isDraft(value) ? (original(value) as T) : value)

export function requireEvent(data: DatabaseData, eventId: string): void {
  if (!data.events.some((e) => e.id === eventId))
    throw new AppError('NOT_FOUND', `No event with id "${eventId}"`)
}

/** Index of a delegate in `draft.delegates.delegates`, without proxying the whole array. */
export function delegateIndex(data: DatabaseData, id: string): number {
  const index = delegateIndexOf(base(data.delegates.delegates)).positions.get(id)
  if (index === undefined) throw new AppError('NOT_FOUND', `No delegate with id "${id}"`)
  return index
}

export const categoriesOf = (data: DatabaseData, eventId: string): DelegateCategory[] =>
  data.delegates.categories.filter((c) => c.eventId === eventId).sort((a, b) => a.order - b.order)

export const columnsOf = (data: DatabaseData, eventId: string): DelegateColumn[] =>
  (data.delegates.columns ?? [])
    .filter((c) => c.eventId === eventId)
    .sort((a, b) => a.order - b.order)

export const delegatesOf = (data: DatabaseData, eventId: string): Delegate[] =>
  base(data.delegates.delegates).filter((d) => d.eventId === eventId)

/** Gives an event the default categories if it has none yet; returns its categories. */
/**
 * The category names a delegate added now can be given: the event's own, or the defaults that
 * the first addition creates (what an import's preview checks a "Thành phần" column against).
 */
export function categoryNamesOnAdd(data: DatabaseData, eventId: string): string[] {
  const existing = categoriesOf(data, eventId)
  return existing.length > 0 ? existing.map((c) => c.name) : defaultCategoryNames.map((c) => c.name)
}

export function ensureDefaultCategories(
  draft: DatabaseData,
  eventId: string,
  ctx: Pick<AppContext, 'newId'>
): DelegateCategory[] {
  const existing = categoriesOf(draft, eventId)
  if (existing.length > 0) return existing
  const created = defaultCategoryNames.map((c, order) => ({
    id: ctx.newId(),
    eventId,
    name: c.name,
    counted: c.counted,
    order
  }))
  draft.delegates.categories.push(...created)
  return created
}

/** Hands out `count` consecutive numbers; deleted delegates' numbers are never given again. */
export function takeDelegateNumbers(draft: DatabaseData, eventId: string, count: number): number {
  draft.delegates.numbering ??= []
  let entry = draft.delegates.numbering.find((n) => n.eventId === eventId)
  if (!entry) {
    const highest = delegatesOf(draft, eventId).reduce((max, d) => Math.max(max, d.number), 0)
    draft.delegates.numbering.push({ eventId, lastNumber: highest })
    entry = draft.delegates.numbering[draft.delegates.numbering.length - 1]!
  }
  const first = entry.lastNumber + 1
  entry.lastNumber += count
  return first
}

const textFields = [
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'memberships',
  'phone'
] as const

/** NFC and spacing on every text a patch carries; notes keep their line breaks. */
export function normalizeDelegatePatch<P extends DelegatePatch>(patch: P): P {
  const out: DelegatePatch = { ...patch }
  if (out.fullName !== undefined) out.fullName = normalizeText(out.fullName)
  for (const key of textFields) {
    const value = out[key]
    if (value !== undefined) out[key] = normalizeText(value)
  }
  for (const key of ['familyAndMiddleOverride', 'givenNameOverride'] as const) {
    const value = out[key]
    if (value !== undefined && value !== null) out[key] = normalizeText(value) || null
  }
  if (out.notes !== undefined) out.notes = normalizeMultiline(out.notes)
  if (out.custom !== undefined)
    out.custom = Object.fromEntries(
      Object.entries(out.custom).map(([k, v]) => [k, normalizeText(v)])
    )
  return out as P
}

interface PatchRules {
  categoryIds: ReadonlySet<string>
  columnIds: ReadonlySet<string>
}

export function rulesFor(data: DatabaseData, eventId: string): PatchRules {
  return {
    categoryIds: new Set(categoriesOf(data, eventId).map((c) => c.id)),
    columnIds: new Set(columnsOf(data, eventId).map((c) => c.id))
  }
}

/** Rules beyond the schema for what a patch sets. */
export function checkDelegatePatch(patch: DelegatePatch, rules: PatchRules): void {
  if (patch.fullName !== undefined && patch.fullName === '')
    throw invalid('fullName', 'the full name is required')
  if (patch.categoryId && !rules.categoryIds.has(patch.categoryId))
    throw invalid('categoryId', `no category "${patch.categoryId}" in this event`)
  for (const key of Object.keys(patch.custom ?? {}))
    if (!rules.columnIds.has(key))
      throw invalid('custom', `no custom column "${key}" in this event`)
  for (const key of ['birthDate', 'partyJoinDate'] as const) {
    const value = patch[key]
    if (value && !isRealIsoDate(value)) throw invalid(key, `${value} is not a real date`)
  }
}

/** Cross-field rules on a whole delegate after a change. */
function checkDelegate(d: Delegate): void {
  if (
    d.birthYear !== null &&
    d.birthDate !== null &&
    Number(d.birthDate.slice(0, 4)) !== d.birthYear
  )
    throw invalid('birthYear', 'the birth year differs from the date of birth')
}

/** Applies a patch to a delegate (a draft or a plain object): custom values and flags merge. */
export function applyDelegatePatch(target: Delegate, patch: DelegatePatch, now: string): void {
  const future = futurePersonDate(patch, now)
  if (future) throw invalid(future.field, future.message)
  const { custom, flags, ...plain } = patch
  Object.assign(target, plain)
  if (patch.birthDate && patch.birthYear === undefined)
    target.birthYear = Number(patch.birthDate.slice(0, 4))
  if (flags) Object.assign(target.flags, flags)
  if (custom)
    for (const [key, value] of Object.entries(custom)) {
      if (value === '') delete target.custom[key]
      else target.custom[key] = value
    }
  if (patch.partyMember === false) target.partyJoinDate = null
  target.updatedAt = now
  checkDelegate(target)
}

/**
 * Adds delegates to the draft with the next numbers, giving the event its default categories
 * first. Inputs are normalised and checked here; returns the new records.
 */
export function addDelegatesToDraft(
  draft: DatabaseData,
  eventId: string,
  inputs: readonly NewDelegate[],
  ctx: Pick<AppContext, 'newId'>,
  now: string
): Delegate[] {
  requireEvent(draft, eventId)
  ensureDefaultCategories(draft, eventId, ctx)
  const rules = rulesFor(draft, eventId)
  const first = takeDelegateNumbers(draft, eventId, inputs.length)
  const added = inputs.map((raw, i) => {
    try {
      const input = normalizeDelegatePatch(raw)
      checkDelegatePatch(input, rules)
      const delegate: Delegate = {
        ...emptyDelegateFields(),
        id: ctx.newId(),
        eventId,
        number: first + i,
        createdAt: now,
        updatedAt: now
      }
      applyDelegatePatch(delegate, { ...input, flags: { ...noFlags(), ...input.flags } }, now)
      return delegate
    } catch (error) {
      throw inEntry(error, i)
    }
  })
  draft.delegates.delegates.push(...added)
  return added
}
