import { session, type Session } from 'electron'
import { withContentSecurityPolicy } from './csp'

/**
 * Dais needs no camera, notifications, geolocation, devices or any other permission.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    console.warn(`Denied permission "${permission}" requested by ${contents.getURL()}`)
    callback(false)
  })
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
}

/**
 * Adds our policy to every response, whichever protocol or server it came from.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#7-define-a-content-security-policy
 */
export function enforceContentSecurityPolicy(ses: Session, policy: string): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}, policy) })
  })
}

/** Dais uses only the default session. */
export function hardenSessions(policy: string): void {
  denyAllPermissions(session.defaultSession)
  enforceContentSecurityPolicy(session.defaultSession, policy)
}
