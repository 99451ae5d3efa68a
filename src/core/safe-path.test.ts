import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { safeChildPath, safeDescendantPath, unsafeNameReason } from './safe-path'

describe('a name from a request becoming a path', () => {
  const dir = join('/data', 'exports')

  it('joins a plain file name, Vietnamese letters and spaces included', () => {
    expect(safeChildPath(dir, 'Giấy khen 125.pdf')).toBe(join(dir, 'Giấy khen 125.pdf'))
    expect(safeChildPath(dir, '..hidden')).toBe(join(dir, '..hidden'))
  })

  it.each([
    ['', 'empty'],
    ['.', 'folder'],
    ['..', 'folder'],
    ['x/../../victim', 'separator'],
    ['../victim', 'separator'],
    ['..\\..\\win.ini', 'separator'],
    ['/etc/passwd', 'separator'],
    ['C:\\Windows\\x', 'separator'],
    ['C:evil', 'colon'],
    ['file.pdf:stream', 'colon'],
    ['a\0b', 'NUL']
  ])('refuses %j (%s)', (name, why) => {
    expect(unsafeNameReason(name)).toContain(why)
    expect(() => safeChildPath(dir, name)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' })
    )
  })
})

describe('a relative path from a url becoming a path', () => {
  const root = join('/app', 'renderer')

  it('joins its segments under the root', () => {
    expect(safeDescendantPath(root, 'assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js')
    )
    expect(safeDescendantPath(root, '/./assets\\x.css')).toBe(join(root, 'assets', 'x.css'))
  })

  it.each(['../secret', 'assets/../../x', 'a\\..\\..\\b', 'C:/Windows/x', 'a\0b', '', '/'])(
    'refuses %j',
    (path) => {
      expect(() => safeDescendantPath(root, path)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' })
      )
    }
  )
})
