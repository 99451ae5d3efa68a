import type { AppService } from '../core/app-service'
import { eventChannel } from '@shared/method-names'

export interface EventSink {
  send(channel: string, ...args: unknown[]): void
}

/** Pushes every app event to our window only; returns the unsubscribe. */
export function forwardEvents(
  service: Pick<AppService, 'onEvent'>,
  target: () => EventSink | null
): () => void {
  return service.onEvent((event) => {
    try {
      target()?.send(eventChannel, event)
    } catch (error) {
      console.warn(`Could not forward the ${event.type} event`, error)
    }
  })
}
