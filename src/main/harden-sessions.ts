import { session, type Session } from 'electron'
import { grantsCameraCheck, grantsCameraRequest } from './camera-permission'
import { withContentSecurityPolicy } from './csp'

/**
 * Dais needs no microphone, notifications, geolocation, devices or any other permission; only the
 * camera, for our own page, to scan delegate cards at the check-in desk (camera-permission.ts).
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function denyAllButCamera(ses: Session, trustedOrigin: string): void {
  ses.setPermissionRequestHandler((contents, permission, callback, details) => {
    if (grantsCameraRequest(permission, details, trustedOrigin)) return callback(true)
    console.warn(`Denied permission "${permission}" requested by ${contents.getURL()}`)
    callback(false)
  })
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    grantsCameraCheck(permission, requestingOrigin, details, trustedOrigin)
  )
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
export function hardenSessions(policy: string, trustedOrigin: string): void {
  denyAllButCamera(session.defaultSession, trustedOrigin)
  enforceContentSecurityPolicy(session.defaultSession, policy)
}
