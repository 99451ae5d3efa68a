/* Zod-free wording shared by the desk screen and the CLI. */

/** "07:42" — a moment on the hall's clock (the computer's time zone). */
export function hallClock(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}
