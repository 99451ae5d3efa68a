import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { currentSchemaVersion, DatabaseData } from './database-schema'

const fingerprintsFile = join(__dirname, 'fixtures', 'schema-fingerprints.json')

function fingerprint(): string {
  const shape = JSON.stringify(
    z.toJSONSchema(DatabaseData, { unrepresentable: 'any', io: 'input' })
  )
  return createHash('sha256').update(shape).digest('hex')
}

/**
 * An older build opens a file of a newer schema version read-only; one of the same version it
 * validates strictly. So a data file written by this build must never carry the version number
 * of a different shape: every change to the stored shape (a key, an enum value, a bound) raises
 * currentSchemaVersion, with a migration, and records the new fingerprint here.
 */
describe('the stored shape and its schema version', () => {
  it('is the shape recorded for this schema version', () => {
    const recorded = JSON.parse(readFileSync(fingerprintsFile, 'utf8')) as Record<string, string>
    const actual = fingerprint()
    const expected = recorded[String(currentSchemaVersion)]
    expect(
      expected,
      `No fingerprint is recorded for schema version ${currentSchemaVersion}: add "${currentSchemaVersion}": "${actual}" to ${fingerprintsFile}`
    ).toBeDefined()
    expect(
      actual,
      `The stored data's shape changed but currentSchemaVersion is still ${currentSchemaVersion}. ` +
        'Raise it, add a migration (src/core/schema/migrations.ts), and record ' +
        `"${currentSchemaVersion + 1}": "${actual}" in ${fingerprintsFile}.`
    ).toBe(expected)
  })

  it('never records two versions with one shape', () => {
    const recorded = JSON.parse(readFileSync(fingerprintsFile, 'utf8')) as Record<string, string>
    const values = Object.values(recorded)
    expect(new Set(values).size).toBe(values.length)
  })
})
