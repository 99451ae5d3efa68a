import { readFileSync } from 'node:fs'

/** Runs a command and returns its standard output; throws when it fails or times out. */
export type RunCommand = (command: string, args: readonly string[]) => string

// child_process is loaded only off Linux, where a start time needs another program
const runCommand: RunCommand = (command, args) =>
  process.getBuiltinModule('node:child_process').execFileSync(command, args as string[], {
    encoding: 'utf8',
    // PowerShell may take a few seconds to start on a busy Windows machine.
    timeout: 8000,
    windowsHide: true,
    stdio: ['ignore', 'pipe', 'ignore']
  })

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
function psStartTime(pid: number, run: RunCommand): number | null {
  const ms = Date.parse(run('ps', ['-o', 'lstart=', '-p', String(pid)]).trim())
  return Number.isFinite(ms) ? ms : null
}

/**
 * PowerShell's round-trip form of a UTC time, as `[datetime].ToUniversalTime().ToString('o')`
 * prints it: `2026-12-07T03:29:29.1234567Z` (seven fraction digits). Null for anything else
 * (an error text, an empty answer).
 */
export function parsePowerShellStartTime(output: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?Z$/.exec(
    output.trim()
  )
  if (!match) return null
  const [, year, month, day, hour, minute, second, fraction = '0'] = match
  const ms = Math.floor(Number(`0.${fraction}`) * 1000)
  return Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second!, ms)
}

/**
 * WMI's CIM_DATETIME as `wmic process … get CreationDate /value` prints it:
 * `CreationDate=20261207102929.123456+420` — local time, then the offset from UTC in minutes.
 * Null for anything else (no such process prints no `CreationDate=` line).
 */
export function parseWmicCreationDate(output: string): number | null {
  const match =
    /CreationDate=(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})\.(\d{6})([+-])(\d{3})/.exec(output)
  if (!match) return null
  const [, year, month, day, hour, minute, second, micros, sign, offset] = match
  const local = Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second!)
  const offsetMs = (sign === '-' ? -1 : 1) * Number(offset) * 60_000
  return local - offsetMs + Math.floor(Number(micros) / 1000)
}

/**
 * Windows: PowerShell's Get-Process, else WMI's command line (wmic, missing from recent Windows
 * 11), else null. Both answer from the process's creation time, so the lock's writer and a
 * later reader agree to the millisecond.
 */
function windowsStartTime(pid: number, run: RunCommand): number | null {
  const script = `(Get-Process -Id ${pid} -ErrorAction Stop).StartTime.ToUniversalTime().ToString('o')`
  try {
    const output = run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script])
    const parsed = parsePowerShellStartTime(output)
    if (parsed !== null) return parsed
  } catch {
    // No PowerShell, a policy that blocks it, or the process is gone: try WMI.
  }
  try {
    const output = run('wmic', [
      'process',
      'where',
      `ProcessId=${pid}`,
      'get',
      'CreationDate',
      '/value'
    ])
    return parseWmicCreationDate(output)
  } catch {
    return null
  }
}

export interface ProcessStartOptions {
  platform?: NodeJS.Platform
  run?: RunCommand
}

/**
 * When a running process started (ms since the epoch), or null when the OS does not say (the
 * process is gone, or no tool answered). Tells a lock's owner from an unrelated process that got
 * the same pid later. Where it is null for the lock's pid, the lock falls back to the pid alone:
 * a live pid is taken to be the owner (see lockOwnerRunning), and the person is told which
 * process to close.
 */
export function processStartTime(pid: number, options: ProcessStartOptions = {}): number | null {
  const platform = options.platform ?? process.platform
  const run = options.run ?? runCommand
  try {
    if (platform === 'linux') return linuxStartTime(pid)
    if (platform === 'win32') return windowsStartTime(pid, run)
    return psStartTime(pid, run)
  } catch {
    return null
  }
}
