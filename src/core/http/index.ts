/** HTTP pieces the browser mode and the desk listener share: guards, bodies, replies. */
export { bearerToken, hostOrOriginRefusal, tokenChecker } from './guard'
export { BodyTooLarge, readBody } from './read-body'
export { failure, securityHeaders, send, sendJson } from './replies'
