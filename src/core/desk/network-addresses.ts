import { networkInterfaces } from 'node:os'
import type { NetworkAddress } from './desk-control'

/** The computer's IPv4 addresses a desk could reach it on (loopback left out). */
export function hallAddresses(): NetworkAddress[] {
  return Object.entries(networkInterfaces()).flatMap(([name, infos]) =>
    (infos ?? [])
      .filter((i) => i.family === 'IPv4' && !i.internal)
      .map((i) => ({ name, address: i.address }))
  )
}
