/**
 * Lets a code through once while it stays in front of the camera: the same code seen again less
 * than `holdMs` after it was last seen is a repeat (the card is still there), not a new scan.
 * Once the card has been out of sight for `holdMs`, showing it again is a new scan.
 */
export function createRepeatFilter(holdMs: number) {
  let last: string | null = null
  let lastSeen = -Infinity
  return {
    /** Whether `code`, decoded at `now` (ms), is a new scan to send. */
    accept(code: string, now: number): boolean {
      const repeat = code === last && now - lastSeen < holdMs
      last = code
      lastSeen = now
      return !repeat
    },
    /** Forgets the last code (the camera was turned off). */
    reset(): void {
      last = null
      lastSeen = -Infinity
    }
  }
}
