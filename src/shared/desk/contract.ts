import { z } from 'zod'
import { entityId, method, none, type ContractPart } from '../contract-part'
import { DeskPairingView, DeskStatus } from './entities'
import type { deskMethodNames } from './method-names'

/** The main screen's control of the desk listener (off unless turned on). */
export const deskContract = {
  getDeskStatus: method(none, DeskStatus),
  /** Listens for desks on one of the computer's addresses, for one event. */
  startDeskListener: method(
    z.strictObject({ eventId: entityId, address: z.string().min(1).max(64) }),
    DeskStatus
  ),
  /** Stops listening; every paired desk must pair again next time. */
  stopDeskListener: method(none, DeskStatus),
  openDeskPairing: method(
    z.strictObject({ deskName: z.string().trim().min(1).max(100) }),
    DeskPairingView
  ),
  revokeDesk: method(z.strictObject({ deskId: z.string().min(1).max(64) }), DeskStatus)
} satisfies ContractPart<(typeof deskMethodNames)[number]>
