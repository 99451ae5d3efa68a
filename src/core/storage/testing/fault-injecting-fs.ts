import { nodeStorageFs, type StorageFileHandle, type StorageFs } from '../storage-fs'

export type StorageFsOp =
  | 'open'
  | 'write'
  | 'sync'
  | 'close'
  | 'readFile'
  | 'rename'
  | 'unlink'
  | 'mkdir'
  | 'readdir'
  | 'stat'
  | 'syncFolder'

export interface FaultRule {
  op: StorageFsOp
  /** e.g. EPERM, EBUSY, EACCES, EIO, ENOSPC */
  code: string
  /** Fail from the Nth matching call on (1-based, counted after the rule is added). Default 1. */
  at?: number
  /** How many calls fail; `Infinity` for a persistent fault. Default 1. */
  times?: number
  /** Only calls whose (first) path contains this text count. */
  pathIncludes?: string
}

export interface FaultInjectingFs extends StorageFs {
  inject(rule: FaultRule): void
  clear(): void
  /** How many faults have been raised so far. */
  readonly faultsRaised: number
}

interface ActiveRule extends Required<Omit<FaultRule, 'pathIncludes'>> {
  pathIncludes: string | undefined
  seen: number
  failed: number
}

/** A StorageFs for tests that raises injected errors at chosen calls. */
export function createFaultInjectingFs(base: StorageFs = nodeStorageFs): FaultInjectingFs {
  let rules: ActiveRule[] = []
  let faultsRaised = 0

  const check = (op: StorageFsOp, path: string): void => {
    for (const rule of rules) {
      if (rule.op !== op) continue
      if (rule.pathIncludes !== undefined && !path.includes(rule.pathIncludes)) continue
      rule.seen += 1
      if (rule.seen >= rule.at && rule.failed < rule.times) {
        rule.failed += 1
        faultsRaised += 1
        const error = new Error(`${rule.code}: injected fault, ${op} '${path}'`)
        Object.assign(error, { code: rule.code, syscall: op, path })
        throw error
      }
    }
  }

  const wrapHandle = (handle: StorageFileHandle, path: string): StorageFileHandle => ({
    async write(data) {
      check('write', path)
      await handle.write(data)
    },
    async sync() {
      check('sync', path)
      await handle.sync()
    },
    /** Counts as `sync`: a rule for a failing fsync covers the journal's fdatasync too. */
    async datasync() {
      check('sync', path)
      await handle.datasync()
    },
    async close() {
      check('close', path)
      await handle.close()
    }
  })

  return {
    inject(rule) {
      rules.push({
        at: 1,
        times: 1,
        ...rule,
        pathIncludes: rule.pathIncludes,
        seen: 0,
        failed: 0
      })
    },
    clear() {
      rules = []
    },
    get faultsRaised() {
      return faultsRaised
    },
    async open(path, flags) {
      check('open', path)
      const handle = await base.open(path, flags)
      return wrapHandle(handle, path)
    },
    async readFile(path) {
      check('readFile', path)
      return base.readFile(path)
    },
    async rename(from, to) {
      check('rename', from)
      return base.rename(from, to)
    },
    async unlink(path) {
      check('unlink', path)
      return base.unlink(path)
    },
    async mkdir(path) {
      check('mkdir', path)
      return base.mkdir(path)
    },
    async readdir(path) {
      check('readdir', path)
      return base.readdir(path)
    },
    async stat(path) {
      check('stat', path)
      return base.stat(path)
    },
    async syncFolder(path) {
      check('syncFolder', path)
      return base.syncFolder(path)
    }
  }
}
