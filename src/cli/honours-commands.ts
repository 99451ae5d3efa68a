import type { CliCommand } from './cli-command'

export const honoursCommands: Record<string, CliCommand> = {}
