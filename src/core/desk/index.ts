/** The desk listener: check-in from other computers on the hall's network. */
export {
  createDeskRegistry,
  type DeskRegistry,
  type PairedDesk,
  type Pairing
} from './desk-registry'
export { deskMethods, startDeskListener, type DeskListener } from './desk-listener'
export { createDeskControl, type DeskControl, type NetworkAddress } from './desk-control'
export { deskHandlers } from './desk-handlers'
export { hallAddresses } from './network-addresses'
export { deskStateFileName } from './desk-state-file'
