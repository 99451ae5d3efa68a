import type { Delegate } from '@shared/delegates/entities'
import { searchKey, searchTerms } from '@shared/text'

interface Keyed {
  delegate: Delegate
  /** The name's words as search keys, given name last. */
  words: string[]
}

const keyed = new WeakMap<readonly Delegate[], Keyed[]>()

function keysOf(delegates: readonly Delegate[]): Keyed[] {
  let list = keyed.get(delegates)
  if (!list) {
    list = delegates.map((delegate) => ({
      delegate,
      words: searchKey(delegate.fullName).split(' ')
    }))
    keyed.set(delegates, list)
  }
  return list
}

/**
 * Delegates (`delegates` in name order, one array kept across calls) for a few typed letters: a number finds that delegate; otherwise every typed word
 * must begin a word of the name, accents optional ("ng v an", "an"). Those whose given name
 * matches come first, then Vietnamese name order.
 */
export function searchDelegates(
  delegates: readonly Delegate[],
  query: string,
  limit: number
): Delegate[] {
  const terms = searchTerms(query)
  if (terms.length === 0) return []
  if (terms.length === 1 && /^\d+$/.test(terms[0]!)) {
    const n = Number(terms[0])
    return delegates.filter((d) => d.number === n).slice(0, limit)
  }
  const given: Delegate[] = []
  const other: Delegate[] = []
  const last = terms[terms.length - 1]!
  // The list is kept in name order, so both groups come out sorted.
  for (const { delegate, words } of keysOf(delegates)) {
    if (given.length >= limit) break
    if (!terms.every((t) => words.some((w) => w.startsWith(t)))) continue
    if (words[words.length - 1]!.startsWith(last)) given.push(delegate)
    else if (other.length < limit) other.push(delegate)
  }
  return [...given, ...other].slice(0, limit)
}
