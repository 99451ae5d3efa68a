import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Why a tmpfs test is skipped where it cannot mount one. */
export const tmpfsSkipReason = 'mounting a 3 MB tmpfs needs root on Linux (CI runs as root)'

/**
 * A real small file system (a full disk on demand): the mount point, or null where mounting is
 * not allowed (not Linux, not root). Unmount with `unmountTmpfs`.
 */
export function mountSmallTmpfs(size = '3m'): string | null {
  if (process.platform !== 'linux') return null
  const dir = mkdtempSync(join(tmpdir(), 'dais-full-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' })
    return dir
  } catch {
    rmSync(dir, { recursive: true, force: true })
    return null
  }
}

export function unmountTmpfs(mountPoint: string): void {
  execFileSync('umount', [mountPoint])
  rmSync(mountPoint, { recursive: true, force: true })
}

/**
 * Takes every free byte of the file system, so the next write that needs room fails with ENOSPC.
 * A process writing there meanwhile may take some first: the filler then stops where it is full.
 */
export function fillDisk(mountPoint: string): string {
  const filler = join(mountPoint, 'filler')
  const { bavail, bsize } = statfsSync(mountPoint)
  try {
    writeFileSync(filler, Buffer.alloc(Number(bavail) * Number(bsize)))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
  }
  return filler
}
