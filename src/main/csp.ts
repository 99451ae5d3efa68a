import { contentSecurityPolicy } from '@shared/csp'

export { contentSecurityPolicy }

/**
 * `electron-vite dev` only: Vite injects component styles as <style> elements and keeps a
 * websocket to the dev server for hot reload. Never used by a packaged build.
 */
export const developmentContentSecurityPolicy = (devServerOrigin: string): string =>
  contentSecurityPolicy
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${devServerOrigin.replace(/^http/, 'ws')}`)

/** Response headers with our policy replacing any Content-Security-Policy the response had. */
export function withContentSecurityPolicy(
  headers: Record<string, string[]>,
  policy: string
): Record<string, string[]> {
  const kept = Object.entries(headers).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy'
  )
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] }
}
