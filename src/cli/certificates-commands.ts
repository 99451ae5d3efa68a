import type { CliCommand } from './cli-command'

export const certificatesCommands: Record<string, CliCommand> = {}
