export { failure, securityHeaders, send, sendJson } from '../core/http'
