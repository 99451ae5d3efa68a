import { isSameOrigin } from './app-origin'

/** What Electron tells a permission request handler about a request (a subset). */
export interface PermissionRequestFacts {
  requestingUrl?: string
  isMainFrame?: boolean
  mediaTypes?: readonly string[]
}

/** What Electron tells a permission check handler about a check (a subset). */
export interface PermissionCheckFacts {
  requestingUrl?: string
  mediaType?: string
}

/**
 * The one permission Dais grants: the camera (video only, never the microphone), asked by our own
 * page in its main frame, for scanning delegate cards at the check-in desk.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function grantsCameraRequest(
  permission: string,
  facts: PermissionRequestFacts,
  trustedOrigin: string
): boolean {
  const types = facts.mediaTypes ?? []
  return (
    permission === 'media' &&
    facts.isMainFrame === true &&
    isSameOrigin(facts.requestingUrl, trustedOrigin) &&
    types.length > 0 &&
    types.every((type) => type === 'video')
  )
}

/** The synchronous check (`navigator.permissions`, device labels): the same rule. */
export function grantsCameraCheck(
  permission: string,
  requestingOrigin: string,
  facts: PermissionCheckFacts,
  trustedOrigin: string
): boolean {
  return (
    permission === 'media' &&
    facts.mediaType === 'video' &&
    isSameOrigin(requestingOrigin, trustedOrigin) &&
    (facts.requestingUrl === undefined || isSameOrigin(facts.requestingUrl, trustedOrigin))
  )
}
