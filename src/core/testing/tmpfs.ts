import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
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
