import { describe, expect, it } from 'vitest'
import { grantsCameraCheck, grantsCameraRequest } from './camera-permission'

const origin = 'app://dais'
const page = 'app://dais/index.html#/events/e1/check-in'

describe('grantsCameraRequest', () => {
  it('grants the camera to our own page for scanning cards', () => {
    const facts = { requestingUrl: page, isMainFrame: true, mediaTypes: ['video'] }
    expect(grantsCameraRequest('media', facts, origin)).toBe(true)
  })

  it('never grants the microphone, alone or with the camera', () => {
    for (const mediaTypes of [['audio'], ['video', 'audio'], []]) {
      const facts = { requestingUrl: page, isMainFrame: true, mediaTypes }
      expect(grantsCameraRequest('media', facts, origin)).toBe(false)
    }
  })

  it('refuses another origin, a subframe and a request with no page', () => {
    const video = { isMainFrame: true, mediaTypes: ['video'] }
    expect(
      grantsCameraRequest('media', { ...video, requestingUrl: 'https://evil.example/' }, origin)
    ).toBe(false)
    expect(grantsCameraRequest('media', { ...video, requestingUrl: 'app://other/' }, origin)).toBe(
      false
    )
    expect(grantsCameraRequest('media', { ...video }, origin)).toBe(false)
    expect(
      grantsCameraRequest('media', { ...video, isMainFrame: false, requestingUrl: page }, origin)
    ).toBe(false)
  })

  it('refuses every other permission, even to our own page', () => {
    for (const permission of ['notifications', 'geolocation', 'display-capture', 'clipboard-read'])
      expect(
        grantsCameraRequest(
          permission,
          { requestingUrl: page, isMainFrame: true, mediaTypes: ['video'] },
          origin
        )
      ).toBe(false)
  })

  it('follows the dev server as the trusted origin in development', () => {
    const facts = {
      requestingUrl: 'http://localhost:5173/#/x',
      isMainFrame: true,
      mediaTypes: ['video']
    }
    expect(grantsCameraRequest('media', facts, 'http://localhost:5173')).toBe(true)
    expect(grantsCameraRequest('media', facts, origin)).toBe(false)
  })
})

describe('grantsCameraCheck', () => {
  it('answers yes for the camera on our own origin only', () => {
    expect(
      grantsCameraCheck('media', origin, { mediaType: 'video', requestingUrl: page }, origin)
    ).toBe(true)
    expect(grantsCameraCheck('media', origin, { mediaType: 'audio' }, origin)).toBe(false)
    expect(grantsCameraCheck('media', origin, { mediaType: 'unknown' }, origin)).toBe(false)
    expect(grantsCameraCheck('media', 'https://evil.example', { mediaType: 'video' }, origin)).toBe(
      false
    )
    expect(
      grantsCameraCheck(
        'media',
        origin,
        { mediaType: 'video', requestingUrl: 'https://x.y/' },
        origin
      )
    ).toBe(false)
    expect(grantsCameraCheck('geolocation', origin, { mediaType: 'video' }, origin)).toBe(false)
  })
})
