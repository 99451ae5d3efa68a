export { wallTimeOf as toWallTime } from '../../shared/agenda/clock'
