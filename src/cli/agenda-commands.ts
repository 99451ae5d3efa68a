import type { CliCommand } from './cli-command'

export const agendaCommands: Record<string, CliCommand> = {}
