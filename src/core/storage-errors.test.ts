import { afterEach, describe, expect, it } from 'vitest'
import { createAppService, type AppService } from './app-service'
import { createFaultInjectingFs } from './storage/testing/fault-injecting-fs'
import { storageErrorOf } from './storage-errors'
import { testContext } from './testing/test-context'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('a disk failure reaching a request', () => {
  it('a full disk during createBackup is a storage error naming the cause and the file', async () => {
    const fs = createFaultInjectingFs()
    const service = await createAppService(testContext(), { storage: { fs } })
    open.push(service)
    fs.inject({ op: 'write', code: 'ENOSPC', pathIncludes: 'backups', times: Infinity })
    const result = await service.dispatch('createBackup', { name: 'trước đại hội' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'STORAGE_FAILED', details: { cause: 'ENOSPC' } }
    })
    expect(!result.ok && result.error.message).toMatch(/the disk is full \(ENOSPC\)/)
    expect(!result.ok && result.error.message).toContain('backups')
  })

  it('only operating-system errors become storage errors; a bug stays a bug', () => {
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
      path: '/data/exports/x.pdf'
    })
    expect(storageErrorOf(enospc)).toMatchObject({ code: 'STORAGE_FAILED' })
    expect(storageErrorOf(enospc)?.message).toContain('/data/exports/x.pdf')
    expect(storageErrorOf(new TypeError('x is undefined'))).toBeUndefined()
    expect(storageErrorOf(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBeUndefined()
  })
})
