import { readFileSync } from 'node:fs'
import { delegateValues, type LayoutSubject } from '../core/certificates'
import { orderDelegates, type CardOrder } from '../core/cards/card-order'
import { previewSpreadsheet } from '../core/io/preview'
import type { Delegate } from '@shared/delegates/entities'
import { emptyDelegateFields } from '@shared/delegates/records'
import type { Organisation } from '@shared/entities'

/**
 * The cards of a delegates spreadsheet, for `dais cards --delegates` (as `dais certificates
 * --honorees` reads honorees): one card per row, numbered in the sheet's order, nothing stored.
 * Without an event there is no signing key, so the cards carry no check-in code (the QR code is
 * left out); import the sheet into an event for cards with codes.
 */
export async function delegateCardsFromSheet(o: {
  file: string
  organisation: Organisation
  eventTitle: string
  order: CardOrder
}): Promise<{ subjects: LayoutSubject[] } | { error: string }> {
  const { preview } = await previewSpreadsheet({
    fileName: o.file,
    bytes: readFileSync(o.file),
    kind: 'delegates',
    context: { existingNames: [], categories: [] }
  })
  const errors = [...preview.fileProblems, ...preview.rows.flatMap((r) => r.problems ?? [])].filter(
    (p) => p.severity === 'error'
  )
  if (errors.length || preview.rows.length === 0)
    return {
      error: `${o.file}: no delegates could be read (${errors.map((e) => e.code).join(', ') || 'empty'}).`
    }
  const rows = preview.rows.filter((r) => !r.hidden)
  const categoryOf = new Map<string, string>()
  const delegates = rows.map((row, i): Delegate => {
    const v = row.values
    categoryOf.set(String(i + 1), v.category ?? '')
    return {
      ...emptyDelegateFields(),
      id: String(i + 1),
      eventId: 'sheet',
      number: i + 1,
      fullName: v.fullName ?? '',
      gender: v.gender === 'male' || v.gender === 'female' ? v.gender : null,
      position: v.position ?? '',
      unit: v.unit ?? '',
      ...(v.seat ? { seat: v.seat } : {}),
      createdAt: '',
      updatedAt: ''
    }
  })
  const subjects = orderDelegates(delegates, o.order).map((d): LayoutSubject => {
    const values = delegateValues(d, {
      organisation: o.organisation,
      event: null,
      category: null,
      checkInCode: ''
    })
    return {
      honoreeId: d.id,
      kind: 'individual',
      values: { ...values, category: categoryOf.get(d.id) ?? '', eventTitle: o.eventTitle }
    }
  })
  return { subjects }
}
