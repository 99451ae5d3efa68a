import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentTypeOf } from '@shared/content-types'
import { resolveRendererRequest } from './renderer-files'

const root = resolve('/srv/dais/out/renderer')

describe('resolveRendererRequest', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveRendererRequest(root, 'app://dais/assets/index-abc.js')).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-abc.js')
    })
    expect(resolveRendererRequest(root, 'app://dais/fonts/T%C3%AAn.woff2?v=1#x')).toEqual({
      kind: 'file',
      path: join(root, 'fonts', 'Tên.woff2')
    })
  })

  it('answers the root and extension-less app routes with index.html', () => {
    for (const url of [
      'app://dais/',
      'app://dais',
      'app://dais/events/42',
      'app://dais/index.html'
    ]) {
      expect(resolveRendererRequest(root, url)).toEqual({
        kind: 'file',
        path: join(root, 'index.html')
      })
    }
  })

  it('keeps dot segments the URL parser normalises inside the folder', () => {
    expect(resolveRendererRequest(root, 'app://dais/../../etc/passwd.txt')).toEqual({
      kind: 'file',
      path: join(root, 'etc', 'passwd.txt')
    })
    expect(resolveRendererRequest(root, 'app://dais/%2e%2e/secret.json')).toEqual({
      kind: 'file',
      path: join(root, 'secret.json')
    })
  })

  it.each([
    'app://dais/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
    'app://dais/..%2F..%2F..%2Fetc%2Fshadow.txt',
    'app://dais/assets/..%2f..%2f..%2fsecret.json',
    'app://dais/..%2f..%2fsecret.json',
    'app://dais/%2F..%2F..%2Fsecret.json'
  ])('refuses encoded traversal in %s', (url) => {
    expect(resolveRendererRequest(root, url)).toEqual({
      kind: 'refused',
      reason: 'outside the renderer folder'
    })
  })

  it('refuses other hosts, bad encoding, NUL bytes and junk', () => {
    expect(resolveRendererRequest(root, 'app://evil/index.html').kind).toBe('refused')
    expect(resolveRendererRequest(root, 'app://dais/%E0%A4%A.js').kind).toBe('refused')
    expect(resolveRendererRequest(root, 'app://dais/a%00.js').kind).toBe('refused')
    expect(resolveRendererRequest(root, 'not a url').kind).toBe('refused')
  })
})

describe('contentTypeOf', () => {
  it('knows the renderer asset types and falls back to octet-stream', () => {
    expect(contentTypeOf('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('/x/a.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('/x/a.woff2')).toBe('font/woff2')
    expect(contentTypeOf('/x/a.exe')).toBe('application/octet-stream')
  })
})
