import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BackupFiles } from './backup-files'
import { nodeStorageFs } from './storage-fs'

function folderWithFiles() {
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-backup-files-'))
  const put = (path: string, text: string) => {
    mkdirSync(join(dataDir, path, '..'), { recursive: true })
    writeFileSync(join(dataDir, path), text)
  }
  const files = new BackupFiles(nodeStorageFs, dataDir, join(dataDir, 'backups'))
  const kept = (path: string) => join(dataDir, 'backups', 'files', path)
  return { dataDir, put, files, kept }
}

describe('the files beside the data, in the backups', () => {
  it('keeps each file once, puts back only what the data folder lacks, and names what neither has', async () => {
    const { dataDir, put, files, kept } = folderWithFiles()
    put('attachments/p1/a.pdf', 'A')
    put('attachments/p1/b.png', 'B')
    await files.keep(
      ['attachments/p1/a.pdf', 'attachments/p1/b.png', 'attachments/p2/gone.pdf'],
      '2025-09-01T08:00:00.000Z'
    )
    expect(readFileSync(kept('attachments/p1/a.pdf'), 'utf8')).toBe('A')
    expect(existsSync(kept('attachments/p2/gone.pdf'))).toBe(false)

    rmSync(join(dataDir, 'attachments'), { recursive: true })
    put('attachments/p1/b.png', 'B as it is now')
    const missing = await files.restore([
      'attachments/p1/a.pdf',
      'attachments/p1/b.png',
      'attachments/p2/gone.pdf'
    ])
    expect(missing).toEqual(['attachments/p2/gone.pdf'])
    expect(readFileSync(join(dataDir, 'attachments/p1/a.pdf'), 'utf8')).toBe('A')
    expect(readFileSync(join(dataDir, 'attachments/p1/b.png'), 'utf8')).toBe('B as it is now')
  })

  it('removes a file once every backup that named it is gone, and keeps one a remaining backup names', async () => {
    const { put, files, kept } = folderWithFiles()
    put('attachments/p1/old.pdf', 'old')
    put('attachments/p1/new.pdf', 'new')
    await files.keep(
      ['attachments/p1/old.pdf', 'attachments/p1/new.pdf'],
      '2025-09-01T08:00:00.000Z'
    )
    // the next backup no longer names old.pdf (its proposal was deleted)
    await files.keep(['attachments/p1/new.pdf'], '2025-09-01T09:00:00.000Z')
    expect(await files.prune('2025-09-01T08:00:00.000Z')).toEqual([])
    expect(await files.prune('2025-09-01T08:30:00.000Z')).toEqual(['attachments/p1/old.pdf'])
    expect(existsSync(kept('attachments/p1/old.pdf'))).toBe(false)
    expect(existsSync(kept('attachments/p1/new.pdf'))).toBe(true)
  })

  it('refuses a path that would leave its folder, before copying anything', async () => {
    const { put, files } = folderWithFiles()
    put('attachments/p1/a.pdf', 'A')
    await expect(
      files.keep(['attachments/../../etc/passwd'], '2025-09-01T08:00:00.000Z')
    ).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT'
    })
  })
})
