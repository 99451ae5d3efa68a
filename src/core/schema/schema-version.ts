/**
 * The version of what is stored. Raise it (with a migration in migrations.ts and the new
 * fingerprint in fixtures/schema-fingerprints.json) whenever the stored shape changes. Kept apart
 * from the schemas so a command that only reads a data folder can check the version without
 * building them.
 */
export const currentSchemaVersion = 9
