export { failure, securityHeaders, send, sendJson } from '../core/http'
export { accessTokenDetails } from '@shared/result'
