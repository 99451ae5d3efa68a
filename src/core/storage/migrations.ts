import type { Migration } from './database-types'

export class MigrationError extends Error {
  override name = 'MigrationError'
  constructor(
    message: string,
    readonly fromVersion: number,
    readonly toVersion: number,
    options?: { cause: unknown }
  ) {
    super(message, options)
  }
}

/** Applies `from → from + 1` steps in order. Each step gets its own copy of the data. */
export function migrateData(
  data: unknown,
  fromVersion: number,
  toVersion: number,
  migrations: readonly Migration[]
): unknown {
  if (fromVersion > toVersion) {
    throw new MigrationError(
      `cannot migrate backwards from schema version ${fromVersion} to ${toVersion}`,
      fromVersion,
      toVersion
    )
  }
  let current = data
  for (let version = fromVersion; version < toVersion; version += 1) {
    const steps = migrations.filter((migration) => migration.from === version)
    if (steps.length !== 1) {
      throw new MigrationError(
        steps.length === 0
          ? `no migration from schema version ${version} to ${version + 1}`
          : `more than one migration from schema version ${version}`,
        version,
        version + 1
      )
    }
    try {
      current = steps[0]!.migrate(structuredClone(current))
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new MigrationError(
        `the migration from schema version ${version} to ${version + 1} failed: ${reason}`,
        version,
        version + 1,
        { cause: error }
      )
    }
  }
  return current
}
