import type { AppService } from '../app-service'
import { qrMatrix } from '../certificates'
import { createDeskRegistry, type DeskRegistry } from './desk-registry'
import { startDeskListener, type DeskListener } from './desk-listener'
import type { DeskPairingView, DeskStatus } from '../../shared/desk/entities'
import { AppError } from '../../shared/result'

export interface NetworkAddress {
  /** The interface's name ("Ethernet", "wlan0"). */
  name: string
  address: string
}

export interface DeskControlOptions {
  /** The service the desks' calls go to (read when a call comes, so it may be made after). */
  service: () => Pick<AppService, 'dispatch'>
  now: () => Date
  randomBytes?: (size: number) => Uint8Array
  /** The computer's IPv4 interfaces (os.networkInterfaces, flattened). */
  addresses: () => NetworkAddress[]
}

/** A second loopback address (127.0.0.2 …) is accepted too: a trial on one computer, and tests. */
const isLoopback = (address: string) => /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address)

/**
 * The main screen's side of the desks: off until turned on for an event on one interface; one-time
 * pairing codes (and their QR), the paired desks and their revocation. Used by the desktop (main)
 * and by the browser mode's process alike; the core reaches it through the service's handlers.
 */
export function createDeskControl(options: DeskControlOptions) {
  let registry: DeskRegistry | null = null
  let listener: DeskListener | null = null
  let eventId: string | null = null

  const status = (): DeskStatus => ({
    enabled: listener !== null,
    eventId,
    url: listener?.url ?? null,
    addresses: options.addresses(),
    desks: (registry?.desks() ?? []).map((d) => ({
      id: d.id,
      name: d.name,
      pairedAt: d.pairedAt,
      lastSeenAt: d.lastSeenAt,
      revokedAt: d.revokedAt
    }))
  })

  const stop = async () => {
    const open = listener
    listener = null
    registry = null
    eventId = null
    await open?.close()
  }

  return {
    status,
    async start(arg: { eventId: string; address: string }): Promise<DeskStatus> {
      const known = options.addresses().some((a) => a.address === arg.address)
      if (!known && !isLoopback(arg.address))
        throw new AppError(
          'INVALID_ARGUMENT',
          `This computer has no network address ${arg.address}`,
          {
            field: 'address'
          }
        )
      await stop()
      registry = createDeskRegistry({ now: options.now, randomBytes: options.randomBytes })
      const service = { dispatch: (m: string, a: unknown) => options.service().dispatch(m, a) }
      listener = await startDeskListener({ service, registry, address: arg.address })
      eventId = arg.eventId
      return status()
    },
    async stop(): Promise<DeskStatus> {
      await stop()
      return status()
    },
    openPairing(deskName: string): DeskPairingView {
      if (!registry || !listener || !eventId)
        throw new AppError('CONFLICT', 'Turn on check-in from other computers first')
      const pairing = registry.openPairing(eventId, deskName)
      const url = `${listener.url}#code=${pairing.code}`
      const qr = qrMatrix(url)
      return {
        code: pairing.code,
        deskName: pairing.deskName,
        expiresAt: pairing.expiresAt,
        url,
        qr: { size: qr.size, modules: Array.from(qr.dark, (m) => (m ? '1' : '0')).join('') }
      }
    },
    revoke(deskId: string): DeskStatus {
      if (!registry?.revoke(deskId)) throw new AppError('NOT_FOUND', `No paired desk "${deskId}"`)
      return status()
    },
    close: stop
  }
}
export type DeskControl = ReturnType<typeof createDeskControl>
