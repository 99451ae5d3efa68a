const pad = (n: number) => String(n).padStart(2, '0')

/** The machine's local wall-clock time "YYYY-MM-DDTHH:MM:SS": the hall's clock on the day. */
export function toWallTime(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  )
}
