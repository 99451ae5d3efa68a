export { BodyTooLarge, readBody } from '../core/http'
