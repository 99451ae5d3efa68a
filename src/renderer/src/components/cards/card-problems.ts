import type { LayoutWarning } from '@shared/certificates/contract'

export interface CardProblemLine {
  warning: LayoutWarning
  /** The delegates whose cards carry it, in the order first met. */
  delegateIds: (string | null)[]
}

/**
 * The layout problems of a card run, one line per field and problem: text every card shares (the
 * event's title too long for its box) is said once with the cards it is on, not once per card.
 */
export function groupCardProblems(problems: readonly LayoutWarning[]): CardProblemLine[] {
  const lines = new Map<string, CardProblemLine>()
  for (const p of problems) {
    const key = JSON.stringify([p.fieldId, p.kind, p.message, p.chars ?? ''])
    const line = lines.get(key)
    if (line) line.delegateIds.push(p.honoreeId)
    else lines.set(key, { warning: p, delegateIds: [p.honoreeId] })
  }
  return [...lines.values()]
}

type T = (key: string, named?: Record<string, unknown>) => string

/** Whose cards a line is about: the names, "A, B và 9 thẻ khác", or "mọi thẻ (12)". */
export function cardsOf(
  line: CardProblemLine,
  total: number,
  nameOf: (id: string | null) => string,
  t: T
): string {
  const count = line.delegateIds.length
  if (count > 1 && count === total) return t('cards.print.everyCard', { count })
  const names = line.delegateIds.map(nameOf)
  if (count <= 3) return names.join(', ')
  return t('cards.print.moreCards', { names: names.slice(0, 2).join(', '), count: count - 2 })
}
