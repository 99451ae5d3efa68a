import { normalizeText } from './normalize'

/**
 * A key for searching: normalised, lower case, without any diacritics (so old and new tone
 * placement look the same), đ → d (and the wrong-code-page ð → d).
 * "Nguyễn Văn Hoà" → "nguyen van hoa".
 */
export function searchKey(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đð\u0256]/g, 'd')
    .normalize('NFC')
}

/** The whitespace-separated terms of a query, each as a search key. */
export function searchTerms(query: string): string[] {
  return searchKey(query)
    .split(' ')
    .filter((term) => term !== '')
}

/**
 * True when every term of `query` is a substring of `haystackKey` (a value already passed
 * through {@link searchKey}, typically precomputed per record). An empty query matches.
 * "nguyen van an" finds "Nguyễn Văn An"; "hoa" finds "Hòa" and "Hoà".
 */
export function matchesSearch(haystackKey: string, query: string): boolean {
  return searchTerms(query).every((term) => haystackKey.includes(term))
}
