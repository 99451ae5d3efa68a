import { describe, expect, it } from 'vitest'
import { appOrigin, isSameOrigin, originOf, trustedOriginFor } from './app-origin'

describe('originOf', () => {
  it('builds scheme://host for custom and web schemes', () => {
    expect(originOf('app://dais/assets/index.js?x=1#y')).toBe('app://dais')
    expect(originOf('http://localhost:5173/src/main.ts')).toBe('http://localhost:5173')
    expect(originOf('HTTPS://Example.COM/')).toBe('https://example.com')
  })

  it('has no origin for opaque or host-less URLs and credentials', () => {
    for (const url of [
      'about:blank',
      'data:,x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'blob:app://dais/1',
      'app://u@dais/',
      '',
      'nope',
      null,
      undefined
    ]) {
      expect(originOf(url)).toBeNull()
    }
  })
})

describe('isSameOrigin', () => {
  it('allows only our origin', () => {
    expect(isSameOrigin('app://dais/index.html#/x', appOrigin)).toBe(true)
    expect(isSameOrigin('https://example.com', appOrigin)).toBe(false)
    expect(isSameOrigin('app://daisy/', appOrigin)).toBe(false)
  })
})

describe('trustedOriginFor', () => {
  it('is app://dais unless a dev server URL is given', () => {
    expect(trustedOriginFor(undefined)).toBe('app://dais')
    expect(trustedOriginFor('')).toBe('app://dais')
    expect(trustedOriginFor('http://localhost:5173')).toBe('http://localhost:5173')
  })
})
