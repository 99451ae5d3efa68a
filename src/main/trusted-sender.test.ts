import { describe, expect, it } from 'vitest'
import { isTrustedSender, type SenderInfo } from './trusted-sender'

const trusted = { origin: 'app://dais', webContentsId: 7 }
const ours: SenderInfo = {
  frameUrl: 'app://dais/index.html#/events',
  isMainFrame: true,
  webContentsId: 7
}

describe('isTrustedSender', () => {
  it('accepts the main frame of our window at our origin', () => {
    expect(isTrustedSender(ours, trusted)).toBe(true)
    expect(isTrustedSender({ ...ours, frameUrl: 'app://dais/' }, trusted)).toBe(true)
  })

  it('refuses another webContents, even at our origin', () => {
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, trusted)).toBe(false)
  })

  it('refuses sub-frames of our window', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, trusted)).toBe(false)
  })

  it('refuses before our window exists or after it is gone', () => {
    expect(isTrustedSender(ours, { ...trusted, webContentsId: null })).toBe(false)
  })

  it.each([
    undefined,
    '',
    'about:blank',
    'data:text/html,<p>x</p>',
    'blob:app://dais/0b0c',
    'file:///home/user/out/renderer/index.html',
    'https://dais/index.html',
    'app://dais.evil.example/index.html',
    'app://evil@dais/index.html',
    'app://user:pw@dais/',
    'app://dais:8080/',
    'http://localhost:5173/',
    'not a url'
  ])('refuses a frame at %s', (frameUrl) => {
    expect(isTrustedSender({ ...ours, frameUrl }, trusted)).toBe(false)
  })

  it('trusts the dev server origin when that is the trusted one', () => {
    const dev = { origin: 'http://localhost:5173', webContentsId: 7 }
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/#/' }, dev)).toBe(true)
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false)
    expect(isTrustedSender(ours, dev)).toBe(false)
  })
})
