import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fillDisk, mountSmallTmpfs, tmpfsSkipReason, unmountTmpfs } from '../testing/tmpfs'
import { seededService } from './testing/seeded-service'

const mountPoint = mountSmallTmpfs('8m')
afterAll(() => {
  if (mountPoint) unmountTmpfs(mountPoint)
})

describe.skipIf(!mountPoint)(
  `printing certificates with the data folder on a full disk (${mountPoint ? 'tmpfs' : tmpfsSkipReason})`,
  () => {
    it('answers STORAGE_FAILED naming ENOSPC, not an unexpected error', async () => {
      const dataDir = join(mountPoint!, 'data')
      mkdirSync(dataDir)
      const { service } = await seededService({ dataDir })
      const filler = fillDisk(mountPoint!)
      try {
        const result = await service.dispatch('renderCertificateBatch', {
          jobId: 'job-full',
          decisionId: 'd-125',
          templateId: 'builtin-blank-a4',
          profileId: null,
          output: 'single',
          plainPaperTest: true,
          confirmOverflow: false
        })
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'STORAGE_FAILED', details: { cause: 'ENOSPC' } }
        })
        expect(!result.ok && result.error.message).toMatch(/ENOSPC|full/)
      } finally {
        rmSync(filler)
        await service.close()
      }
    }, 60_000)
  }
)
