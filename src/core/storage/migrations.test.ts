import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Migration } from './database-types'
import {
  expectedRosterAtV3,
  rosterFixtures,
  rosterMigrations,
  rosterSchemaVersion
} from './testing/roster-schema'
import { migrateData, MigrationError } from './migrations'
import {
  makeDataDir,
  openRoster,
  readEnvelope,
  removeDataDirs,
  writeEnvelopeFile
} from './testing/storage-test-kit'

afterEach(removeDataDirs)

describe('migrations', () => {
  for (const fixture of rosterFixtures) {
    it(`D6: a v${fixture.schemaVersion} data file migrates to v${rosterSchemaVersion} after a named backup`, async () => {
      const dir = await makeDataDir()
      const path = join(dir, 'dais-data.json')
      await writeEnvelopeFile(path, { schemaVersion: fixture.schemaVersion, seq: 4 }, fixture.data)
      const original = await readFile(path)

      const db = await openRoster(dir)
      expect(db.notices.map((notice) => notice.kind)).toEqual(['migrated'])
      expect(db.data).toEqual(expectedRosterAtV3[fixture.schemaVersion])
      await db.flush()
      const migrated = await readEnvelope(path)
      expect(migrated.schemaVersion).toBe(rosterSchemaVersion)
      expect(migrated.seq).toBeGreaterThan(4)

      const backup = (await db.listBackups()).find(
        (info) => info.name === 'before migration to v3'
      )!
      const backedUp = await readEnvelope(join(dir, 'backups', `${backup.id}.json`))
      expect(backedUp.schemaVersion).toBe(fixture.schemaVersion)
      expect(backedUp.data).toEqual(JSON.parse(original.toString('utf8')).data)
      await db.close()

      // Idempotent: opening the migrated file again changes nothing.
      const again = await openRoster(dir)
      expect(again.notices).toEqual([])
      expect(again.data).toEqual(expectedRosterAtV3[fixture.schemaVersion])
      await again.close()

      // A v1/v2 backup restored into a v3 database is migrated on the way in.
      const restoring = await openRoster(dir)
      await restoring.mutate((draft) => void (draft.counter = 9))
      await restoring.restoreBackup(backup.id)
      expect(restoring.data).toEqual(expectedRosterAtV3[fixture.schemaVersion])
      await restoring.close()
    })
  }

  for (const failingStep of [1, 2]) {
    it(`D6: a throw in the v${failingStep}→v${failingStep + 1} step leaves the original intact and reports it`, async () => {
      const dir = await makeDataDir()
      const path = join(dir, 'dais-data.json')
      await writeEnvelopeFile(path, { schemaVersion: 1, seq: 3 }, rosterFixtures[0].data)
      const original = await readFile(path)
      const migrations: Migration[] = rosterMigrations.map((migration) =>
        migration.from === failingStep
          ? {
              from: migration.from,
              migrate: () => {
                throw new Error('unexpected roster shape')
              }
            }
          : migration
      )

      const error = await openRoster(dir, { migrations }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'STORAGE_FAILED' })
      expect((error as Error).message).toContain(
        `from schema version ${failingStep} to ${failingStep + 1} failed: unexpected roster shape`
      )
      expect((error as Error).message).toContain('left unchanged')
      expect(await readFile(path)).toEqual(original)
      expect((await readdir(dir)).filter((name) => name.includes('corrupt'))).toEqual([])

      // The lock was released and a fixed build migrates the untouched file.
      const fixed = await openRoster(dir)
      expect(fixed.data).toEqual(expectedRosterAtV3[1])
      await fixed.close()
    })
  }

  it('a migrated result that fails validation also leaves the file intact', async () => {
    const dir = await makeDataDir()
    const path = join(dir, 'dais-data.json')
    await writeEnvelopeFile(path, { schemaVersion: 2, seq: 3 }, rosterFixtures[1].data)
    const original = await readFile(path)
    const migrations = [rosterMigrations[0]!, { from: 2, migrate: () => ({ wrong: true }) }]
    await expect(openRoster(dir, { migrations })).rejects.toMatchObject({ code: 'STORAGE_FAILED' })
    expect(await readFile(path)).toEqual(original)
  })

  it('migrateData is pure and refuses gaps and backward moves', () => {
    const input = { people: ['An'] }
    const frozen = structuredClone(input)
    const sneaky: Migration[] = [
      {
        from: 1,
        migrate: (data) => {
          ;(data as { people: string[] }).people.push('mutated')
          return data
        }
      }
    ]
    migrateData(input, 1, 2, sneaky)
    expect(input).toEqual(frozen)
    expect(migrateData(input, 1, 3, rosterMigrations)).toEqual(
      migrateData(input, 1, 3, rosterMigrations)
    )
    expect(() => migrateData(input, 1, 3, [rosterMigrations[0]!])).toThrow(MigrationError)
    expect(() => migrateData(input, 3, 2, rosterMigrations)).toThrow('backwards')
    expect(migrateData(input, 3, 3, [])).toBe(input)
  })
})
