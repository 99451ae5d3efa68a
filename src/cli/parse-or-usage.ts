import type { Io } from './cli-command'

/**
 * Runs a command's own argument parsing; on a bad option or a missing argument prints what is
 * wrong and the usage, and answers undefined (the command then exits with 2).
 */
export function parseOrUsage<T>(io: Io, usage: string, parse: () => T): T | undefined {
  try {
    return parse()
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\nUsage: dais ${usage}`)
    return undefined
  }
}
