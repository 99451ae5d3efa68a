import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { AppError } from '@shared/result'

/**
 * Why `name` cannot be one file name directly inside a folder on every OS, or undefined when it
 * can: no separators (`/`, `\`), no NUL, no `.`/`..`, no drive or stream colon, not absolute.
 */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return 'it is empty'
  if (name.includes('\0')) return 'it contains a NUL character'
  if (name.includes('/') || name.includes('\\')) return 'it contains a path separator'
  if (name === '.' || name === '..') return 'it names a folder, not a file'
  if (name.includes(':')) return 'it contains a colon (a drive or stream on Windows)'
  if (isAbsolute(name)) return 'it is an absolute path'
  return undefined
}

/**
 * `dir/name` for a `name` that came from a request, refused (INVALID_ARGUMENT) unless it is one
 * file name that stays inside `dir`. Every path built from input goes through here.
 */
export function safeChildPath(dir: string, name: string, what = 'file name'): string {
  const reason = unsafeNameReason(name)
  if (reason) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `The ${what} "${printable(name)}" is refused: ${reason}.`
    )
  }
  const path = join(dir, name)
  const inside = relative(resolve(dir), resolve(path))
  if (!inside || inside === '..' || isAbsolute(inside) || inside.includes(sep)) {
    throw new AppError('INVALID_ARGUMENT', `The ${what} "${printable(name)}" leaves its folder.`)
  }
  return path
}

/**
 * `root/a/b/c` for a relative path from a url (segments split on `/` or `\`), refused
 * (INVALID_ARGUMENT) when any segment is `..`, it holds NUL or a colon, or it is absolute: the
 * result is always strictly inside `root`.
 */
export function safeDescendantPath(root: string, relativePath: string, what = 'path'): string {
  const segments = relativePath.split(/[/\\]/).filter((s) => s !== '' && s !== '.')
  if (segments.length === 0) {
    throw new AppError('INVALID_ARGUMENT', `The ${what} "${printable(relativePath)}" is empty.`)
  }
  let path = root
  for (const segment of segments) path = safeChildPath(path, segment, what)
  return path
}

const printable = (name: string) =>
  name
    .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .slice(0, 80)
