/** A page of the presenter view: one programme item, and one of its award rounds. */
export interface PresenterPage {
  item: number
  round: number
}

/**
 * The page after (step 1) or before (step -1) `from`, round by round through each item's award
 * rounds (an item without rounds is one page), clamped to the programme. `rounds[i]` is the number
 * of award rounds read during item i.
 */
export function stepPage(
  from: PresenterPage,
  step: 1 | -1,
  rounds: readonly number[]
): PresenterPage {
  const pages = (item: number) => Math.max(rounds[item] ?? 0, 1)
  if (rounds.length === 0) return from
  if (step === 1) {
    if (from.round + 1 < pages(from.item)) return { item: from.item, round: from.round + 1 }
    if (from.item + 1 < rounds.length) return { item: from.item + 1, round: 0 }
    return from
  }
  if (from.round > 0) return { item: from.item, round: from.round - 1 }
  if (from.item > 0) return { item: from.item - 1, round: pages(from.item - 1) - 1 }
  return from
}
