/**
 * The path of the first string in `value` (keys included) that is not well-formed UTF-16 (a
 * lone surrogate), or undefined. Such text cannot be written as UTF-8: file names get U+FFFD
 * on disk, JSON and PDFs get replacement characters, so a request carrying it is refused.
 */
/** In unicode mode a paired surrogate is one code point, so only a lone one matches. */
const loneSurrogate = /[\uD800-\uDFFF]/u
const wellFormed = (text: string) => !loneSurrogate.test(text)

export function illFormedTextPath(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return wellFormed(value) ? undefined : path
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = illFormedTextPath(value[i], [...path, String(i)])
      if (found) return found
    }
    return undefined
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!wellFormed(key)) return [...path, key]
      const found = illFormedTextPath(item, [...path, key])
      if (found) return found
    }
  }
  return undefined
}
