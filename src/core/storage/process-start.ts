import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

let bootTimeMs: number | null | undefined

/** Linux: seconds since the epoch at boot, from /proc/stat. */
function linuxBootTimeMs(): number | null {
  if (bootTimeMs === undefined) {
    const match = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))
    bootTimeMs = match ? Number(match[1]) * 1000 : null
  }
  return bootTimeMs
}

/** Linux: field 22 of /proc/<pid>/stat, in clock ticks (USER_HZ, 100 on every Linux) after boot. */
function linuxStartTime(pid: number): number | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // The command name (field 2) may hold spaces and parentheses; fields resume after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  const ticks = Number(fields[19])
  const boot = linuxBootTimeMs()
  return Number.isFinite(ticks) && boot !== null ? boot + ticks * 10 : null
}

/** macOS and other Unixes: `ps -o lstart=` ("Mon Dec  7 00:33:42 2026", local time). */
function psStartTime(pid: number): number | null {
  const text = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], {
    encoding: 'utf8',
    timeout: 2000,
    stdio: ['ignore', 'pipe', 'ignore']
  }).trim()
  const ms = Date.parse(text)
  return Number.isFinite(ms) ? ms : null
}

/**
 * When a running process started (ms since the epoch), or null when the OS does not say
 * (Windows, or the process is gone). Tells a lock's owner from an unrelated process that got
 * the same pid later.
 */
export function processStartTime(pid: number): number | null {
  try {
    if (process.platform === 'linux') return linuxStartTime(pid)
    if (process.platform === 'win32') return null
    return psStartTime(pid)
  } catch {
    return null
  }
}
