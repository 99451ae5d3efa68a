import type { CliCommand } from './cli-command'

export const rostersCommands: Record<string, CliCommand> = {}
