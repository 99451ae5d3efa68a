import type { deskMethodNames } from '@shared/desk/method-names'
import { AppError } from '@shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'

const unavailable = () =>
  new AppError('FORBIDDEN', 'Check-in from other computers needs the desktop app or browser mode.')

/** The desk listener's controls; without a desk control (CLI, tests) they are refused. */
export function deskHandlers({
  desks: control
}: Pick<FeatureDeps, 'desks'>): HandlerGroup<typeof deskMethodNames> {
  const need = () => {
    if (!control) throw unavailable()
    return control
  }
  return {
    getDeskStatus: () =>
      control?.status() ?? { enabled: false, eventId: null, url: null, addresses: [], desks: [] },
    startDeskListener: (arg) => need().start(arg),
    stopDeskListener: () => need().stop(),
    openDeskPairing: ({ deskName }) => need().openPairing(deskName),
    revokeDesk: ({ deskId }) => need().revoke(deskId)
  }
}
