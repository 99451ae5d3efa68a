import { splitVietnameseName, type NameSplitOverride } from './name-split'
import { normalizeText } from './normalize'
import { canonicalTonePlacement } from './tone'

/**
 * A Vietnamese `Intl.Collator` made on its first comparison: making one loads ICU's collation
 * data, tens of milliseconds that a process which never sorts (a CLI command) need not spend.
 */
export function lazyCollator(
  options: Intl.CollatorOptions
): Pick<Intl.Collator, 'compare' | 'resolvedOptions'> {
  let collator: Intl.Collator | undefined
  const made = () => (collator ??= new Intl.Collator('vi', options))
  return {
    compare: (a, b) => made().compare(a, b),
    resolvedOptions: () => made().resolvedOptions()
  }
}

/**
 * The Vietnamese collator: Đ after D, ă/â after a, ê after e, ô/ơ after o, ư after u, tones
 * none < huyền < hỏi < ngã < sắc < nặng. Check {@link vietnameseCollationSelfTest} at start-up.
 */
export const vietnameseCollator = lazyCollator({ sensitivity: 'variant' })

/**
 * Compare two plain strings the Vietnamese way. Old/new tone placement ("hòa"/"hoà") compare
 * as the same word first, so they sort together; the text as typed breaks the tie.
 * Use as `list.slice().sort(compareVietnamese)` — never the default `.sort()`.
 */
export function compareVietnamese(a: string, b: string): number {
  return (
    vietnameseCollator.compare(canonicalTonePlacement(a), canonicalTonePlacement(b)) ||
    vietnameseCollator.compare(a, b)
  )
}

const naturalCollator = lazyCollator({ sensitivity: 'variant', numeric: true })

/**
 * {@link compareVietnamese} with numbers inside the text compared as numbers: "Tổ dân phố số 5"
 * before "Tổ dân phố số 10".
 */
export function compareVietnameseNatural(a: string, b: string): number {
  return (
    naturalCollator.compare(canonicalTonePlacement(a), canonicalTonePlacement(b)) ||
    naturalCollator.compare(a, b)
  )
}

/** A name to sort: the full name as typed, or with its manual split. */
export type NameInput = string | { fullName: string; split?: NameSplitOverride }

/** Precomputed pieces for sorting a name (see {@link nameSortKey}). */
export interface NameSortKey {
  given: string
  familyAndMiddle: string
  full: string
}

/** Compute once per record the pieces {@link compareNameSortKeys} compares. */
export function nameSortKey(name: NameInput): NameSortKey {
  const fullName = typeof name === 'string' ? name : name.fullName
  const override = typeof name === 'string' ? undefined : name.split
  const split = splitVietnameseName(fullName, override)
  return {
    given: canonicalTonePlacement(split.given),
    familyAndMiddle: canonicalTonePlacement(split.familyAndMiddle),
    full: normalizeText(fullName)
  }
}

/**
 * Compare precomputed name keys: given name first, then họ và đệm, then the full name as
 * typed — three separate comparisons, never one concatenated key.
 */
export function compareNameSortKeys(a: NameSortKey, b: NameSortKey): number {
  return (
    vietnameseCollator.compare(a.given, b.given) ||
    vietnameseCollator.compare(a.familyAndMiddle, b.familyAndMiddle) ||
    vietnameseCollator.compare(a.full, b.full)
  )
}

/**
 * Compare two Vietnamese names: given name (tên) first, then họ và đệm, then the full
 * name as a tie-breaker. "Trần Văn An" sorts before "Nguyễn Thị Bình".
 * For long lists prefer {@link sortByVietnameseName}, which splits each name once.
 */
export function compareVietnameseNames(a: NameInput, b: NameInput): number {
  return compareNameSortKeys(nameSortKey(a), nameSortKey(b))
}

/**
 * Return a new array of `items` sorted by name (stable; the input is not modified).
 * Each name is split and keyed once.
 */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => NameInput): T[] {
  return items
    .map((item) => ({ item, key: nameSortKey(nameOf(item)) }))
    .sort((x, y) => compareNameSortKeys(x.key, y.key))
    .map(({ item }) => item)
}
