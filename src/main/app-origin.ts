/** The custom scheme the packaged UI is served from: `app://dais/index.html`. */
export const appScheme = 'app'
export const appHost = 'dais'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

/**
 * `scheme://host[:port]` of a URL, or null when it has none (about:, data:, blob:, file:) or
 * carries credentials. Node's `URL.origin` is "null" for custom schemes, so build it by hand.
 */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.username || parsed.password || !parsed.host) return null
  return `${parsed.protocol}//${parsed.host}`
}

export const isSameOrigin = (url: string | undefined | null, origin: string): boolean =>
  originOf(url) === origin

/** The origin the renderer is trusted at: the dev server in `electron-vite dev`, else app://dais. */
export const trustedOriginFor = (devServerUrl: string | undefined): string =>
  (devServerUrl && originOf(devServerUrl)) || appOrigin
