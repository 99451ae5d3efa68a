import type { AppService } from '../app-service'
import { qrMatrix, qrModules } from '../certificates'
import { createDeskRegistry, type DeskRegistry, type StoredDesk } from './desk-registry'
import { startDeskListener, type DeskListener } from './desk-listener'
import { clearDeskState, readDeskState, writeDeskState } from './desk-state-file'
import type { DeskPairingView, DeskStatus } from '@shared/desk/entities'
import { AppError } from '@shared/result'

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
  /**
   * Where the listener left on and the paired desks are kept (token hashes only), so a restart
   * of Dais listens again on the same address and port and its desks stay paired; without it
   * (tests of one run) nothing is kept.
   */
  stateFile?: string
  /** Where a desk could not be kept (the desk stays paired for this run). */
  onSaveError?: (error: unknown) => void
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

  const { stateFile } = options
  const save = async (desks: StoredDesk[]) => {
    if (!stateFile || !listener || !eventId) return
    try {
      await writeDeskState(stateFile, {
        eventId,
        address: listener.address,
        port: listener.port,
        desks
      })
    } catch (error) {
      ;(options.onSaveError ?? ((e) => console.error('Dais: the paired desks were not kept:', e)))(
        error
      )
    }
  }

  const service = { dispatch: (m: string, a: unknown) => options.service().dispatch(m, a) }
  async function listen(arg: {
    eventId: string
    address: string
    port?: number
    restore?: StoredDesk[]
  }) {
    const next = createDeskRegistry({
      now: options.now,
      randomBytes: options.randomBytes,
      restore: arg.restore,
      onChange: save
    })
    listener = await startDeskListener({
      service,
      registry: next,
      address: arg.address,
      port: arg.port
    })
    registry = next
    eventId = arg.eventId
    await save(next.stored())
  }

  /** Stops listening; the kept state stays for the next start unless `forget`. */
  const stop = async (forget: boolean) => {
    const open = listener
    listener = null
    registry = null
    eventId = null
    await open?.close()
    if (forget && stateFile) await clearDeskState(stateFile)
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
      await stop(true)
      await listen(arg)
      return status()
    },
    /** Turned off by the user: every desk pairs again next time. */
    async stop(): Promise<DeskStatus> {
      await stop(true)
      return status()
    },
    /**
     * After a restart: listens again where it listened (the same port, so an open desk page
     * reconnects by itself) with the desks paired and revoked as they were. An address this
     * computer no longer has, or a port now taken, leaves it off and forgets the desks.
     */
    async resume(): Promise<DeskStatus> {
      const kept = stateFile ? await readDeskState(stateFile) : null
      if (!kept || listener) return status()
      const known = options.addresses().some((a) => a.address === kept.address)
      try {
        if (!known && !isLoopback(kept.address)) throw new Error(`no address ${kept.address}`)
        await listen({ ...kept, restore: kept.desks })
      } catch (error) {
        console.error('Dais: check-in from other computers was not turned on again:', error)
        await stop(true)
      }
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
        qr: { size: qr.size, modules: Array.from(qrModules(qr), (m) => (m ? '1' : '0')).join('') }
      }
    },
    async revoke(deskId: string): Promise<DeskStatus> {
      if (!registry?.revoke(deskId)) throw new AppError('NOT_FOUND', `No paired desk "${deskId}"`)
      await registry.whenSaved()
      return status()
    },
    /** Dais is closing: stops listening and keeps the desks for the next start. */
    close: () => stop(false)
  }
}
export type DeskControl = ReturnType<typeof createDeskControl>
