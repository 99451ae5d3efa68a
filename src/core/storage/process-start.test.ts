import { describe, expect, it } from 'vitest'
import {
  parsePowerShellStartTime,
  parseWmicCreationDate,
  processStartTime,
  type RunCommand
} from './process-start'

describe('Windows process start times', () => {
  it('reads PowerShell’s round-trip UTC time', () => {
    expect(parsePowerShellStartTime('2026-12-07T03:29:29.1234567Z\r\n')).toBe(
      Date.UTC(2026, 11, 7, 3, 29, 29, 123)
    )
    expect(parsePowerShellStartTime('2026-01-31T23:59:59Z')).toBe(Date.UTC(2026, 0, 31, 23, 59, 59))
    // Error text, a local time without Z, nothing at all: unknown.
    expect(
      parsePowerShellStartTime(
        'Get-Process : Cannot find a process with the process identifier 4242.'
      )
    ).toBeNull()
    expect(parsePowerShellStartTime('2026-12-07T10:29:29.1234567+07:00')).toBeNull()
    expect(parsePowerShellStartTime('')).toBeNull()
  })

  it('reads WMI’s CreationDate, local time with its offset from UTC in minutes', () => {
    // Hà Nội is UTC+7 (420 minutes): 10:29:29 local is 03:29:29 UTC.
    const wmic = '\r\r\n\r\r\nCreationDate=20261207102929.123456+420\r\r\n\r\r\n\r\r\n'
    expect(parseWmicCreationDate(wmic)).toBe(Date.UTC(2026, 11, 7, 3, 29, 29, 123))
    expect(parseWmicCreationDate('CreationDate=20261206223000.000000-300')).toBe(
      Date.UTC(2026, 11, 7, 3, 30, 0)
    )
    // No such process: wmic prints "No Instance(s) Available." and no CreationDate line.
    expect(parseWmicCreationDate('No Instance(s) Available.\r\n')).toBeNull()
  })

  it('on Windows asks PowerShell, then wmic when PowerShell fails, else says it does not know', () => {
    const calls: string[] = []
    const answering =
      (answers: Record<string, string | Error>): RunCommand =>
      (command, args) => {
        calls.push(`${command} ${args.join(' ')}`)
        const answer = answers[command]
        if (answer === undefined || answer instanceof Error) throw answer ?? new Error('ENOENT')
        return answer
      }
    const win32 = 'win32' as const
    expect(
      processStartTime(4242, {
        platform: win32,
        run: answering({ 'powershell.exe': '2026-12-07T03:29:29.5000000Z' })
      })
    ).toBe(Date.UTC(2026, 11, 7, 3, 29, 29, 500))
    expect(calls).toHaveLength(1)
    expect(calls[0]).toContain('Get-Process -Id 4242')

    calls.length = 0
    expect(
      processStartTime(4242, {
        platform: win32,
        run: answering({
          'powershell.exe': new Error('blocked by policy'),
          wmic: 'CreationDate=20261207102929.500000+420'
        })
      })
    ).toBe(Date.UTC(2026, 11, 7, 3, 29, 29, 500))
    expect(calls.map((c) => c.split(' ')[0])).toEqual(['powershell.exe', 'wmic'])
    expect(calls[1]).toContain('ProcessId=4242')

    expect(processStartTime(4242, { platform: win32, run: answering({}) })).toBeNull()
  })

  it('on Linux reads /proc without running a command; elsewhere asks ps', () => {
    const never: RunCommand = () => {
      throw new Error('no command expected')
    }
    if (process.platform === 'linux') {
      const started = processStartTime(process.pid, { platform: 'linux', run: never })
      expect(started).not.toBeNull()
      expect(Math.abs(started! - (Date.now() - process.uptime() * 1000))).toBeLessThan(5_000)
    }
    const ps: RunCommand = (command, args) => {
      expect([command, ...args]).toEqual(['ps', '-o', 'lstart=', '-p', '77'])
      return 'Mon Dec  7 10:29:29 2026\n'
    }
    expect(processStartTime(77, { platform: 'darwin', run: ps })).toBe(
      new Date(2026, 11, 7, 10, 29, 29).getTime()
    )
  })
})
