import type { CliCommand } from './cli-command'

export const importCommands: Record<string, CliCommand> = {}
