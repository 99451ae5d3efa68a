import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppService } from '../app-service'
import { currentSchemaVersion } from '../schema/database-schema'
import { testContext } from '../testing/test-context'
import { readSavedData } from './saved-data'

const organisationOf = (read: Awaited<ReturnType<typeof readSavedData>>) =>
  read.state === 'saved'
    ? (read.data as { organisation: { placeName: string } }).organisation
    : null

describe('readSavedData: a data folder read without opening it', () => {
  it('finds a missing or empty folder empty, and creates nothing', async () => {
    const { dataDir } = testContext()
    expect(await readSavedData(dataDir, currentSchemaVersion)).toEqual({ state: 'empty' })
    expect(readdirSync(dataDir)).toEqual([])
    const missing = join(dataDir, 'not-yet')
    expect(await readSavedData(missing, currentSchemaVersion)).toEqual({ state: 'empty' })
    expect(readdirSync(dataDir)).toEqual([])
  })

  it('reads the saved data with the journal replayed, while the app holds the folder', async () => {
    const ctx = testContext()
    const service = await createAppService(ctx)
    await service.dispatch('updateOrganisation', { placeName: 'An Bình' })
    await service.flush()
    const files = readdirSync(ctx.dataDir).sort()
    const read = await readSavedData(ctx.dataDir, currentSchemaVersion)
    expect(readdirSync(ctx.dataDir).sort()).toEqual(files)
    await service.close()
    expect(organisationOf(read)?.placeName).toBe('An Bình')
  })

  it('leaves to opening a damaged file, another schema version or files that are not Dais’s', async () => {
    const ctx = testContext()
    await (await createAppService(ctx)).close()
    expect((await readSavedData(ctx.dataDir, currentSchemaVersion)).state).toBe('saved')
    expect(await readSavedData(ctx.dataDir, currentSchemaVersion + 1)).toEqual({ state: 'open' })
    writeFileSync(join(ctx.dataDir, 'dais-data.json'), '{"format":"dais-data",')
    expect(await readSavedData(ctx.dataDir, currentSchemaVersion)).toEqual({ state: 'open' })

    const other = testContext().dataDir
    writeFileSync(join(other, 'notes.txt'), 'not a data folder')
    expect(await readSavedData(other, currentSchemaVersion)).toEqual({ state: 'open' })
    const file = join(other, 'notes.txt')
    expect(await readSavedData(file, currentSchemaVersion)).toEqual({ state: 'open' })
    mkdirSync(join(other, 'backups'))
    expect(await readSavedData(other, currentSchemaVersion)).toEqual({ state: 'open' })
  })
})
