import type { CliCommand } from './cli-command'

export const delegatesCommands: Record<string, CliCommand> = {}
