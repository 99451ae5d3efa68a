import type { AppService } from '../core/app-service'
import type { Handlers } from '../core/dispatch'
import type { FeatureDeps } from '../core/feature-deps'
import type { Result } from '@shared/result'

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

/** The feature handlers a command calls, when it needs only a few of the app's. */
export type ServiceFeatures = (deps: FeatureDeps) => Partial<Handlers>

export interface CliTools {
  /**
   * Runs `use` against the app service on `dataDir` (only the handlers `features` makes, when
   * given, besides the app's own); returns its exit code.
   */
  withService(
    dataDir: string,
    use: (service: AppService) => Promise<number>,
    features?: ServiceFeatures
  ): Promise<number>
  /** The data folder from --data-dir or the desktop app's default. */
  dataDir(): string
  /** The repository's (or packaged app's) resources folder. */
  resourcesDir: string
  /** Prints an error result as "CODE: message" and returns undefined. */
  unwrap<T>(result: Result<T>): T | undefined
}

/** A feature's command: parses its own options from the arguments after the command name. */
export interface CliCommand {
  /** Lines for --help, e.g. "import-check FILE --kind delegates|honorees [--json]". */
  help: string
  run(args: string[], io: Io, tools: CliTools): Promise<number>
}
