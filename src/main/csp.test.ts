import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy,
  withContentSecurityPolicy
} from './csp'

describe('contentSecurityPolicy', () => {
  it('is the policy of RELIABILITY.md', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
    expect(contentSecurityPolicy).not.toContain('unsafe')
  })

  it('relaxes only styles and the hot-reload socket for the dev server', () => {
    const dev = developmentContentSecurityPolicy('http://localhost:5173')
    expect(dev).toContain("style-src 'self' 'unsafe-inline'")
    expect(dev).toContain("connect-src 'self' ws://localhost:5173")
    expect(dev).toContain("script-src 'self';")
    expect(dev).not.toContain('unsafe-eval')
  })
})

describe('withContentSecurityPolicy', () => {
  it('replaces any existing policy whatever its case and keeps other headers', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      "default-src 'none'"
    )
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ["default-src 'none'"]
    })
  })
})
