import type { StorageFileHandle, StorageFs, StorageStat } from '../storage-fs'

/**
 * How much of a file's unsynced data reaches the disk before the power goes.
 * - `drop`: nothing since the last fsync.
 * - `keep`: everything.
 * - `one-byte` / `half` / `all-but-one`: that prefix of the bytes written since the last fsync,
 *   in write order (a write is torn in the middle when the prefix ends inside it).
 * With `tail: 'zeros'` or `'garbage'` the file keeps its pre-crash size (the size reached the
 * journal, the data blocks did not) and the part that was not written reads as NULs or as
 * printable junk; with `tail: 'short'` the file ends where the kept data ends.
 */
export interface DataLoss {
  keep: 'drop' | 'one-byte' | 'half' | 'all-but-one' | 'keep'
  tail: 'short' | 'zeros' | 'garbage'
}

export const dataLosses: readonly DataLoss[] = [
  { keep: 'drop', tail: 'short' },
  { keep: 'keep', tail: 'short' },
  { keep: 'drop', tail: 'zeros' },
  { keep: 'drop', tail: 'garbage' },
  { keep: 'one-byte', tail: 'short' },
  { keep: 'half', tail: 'short' },
  { keep: 'half', tail: 'zeros' },
  { keep: 'half', tail: 'garbage' },
  { keep: 'all-but-one', tail: 'short' },
  { keep: 'all-but-one', tail: 'garbage' }
]

/**
 * The state a power cut leaves. Unsynced operations on each folder (create, rename, unlink,
 * mkdir) reach the disk as an ordered prefix of what the running system did — as a metadata
 * journal (ext4, NTFS) replays them — but each folder independently: `folders` maps a folder's
 * path to how many of its unsynced operations survive (missing: none; `'all'`: every one).
 * File data survives independently of names, so "the rename persisted, the data did not" is one
 * of the states.
 */
export interface CrashMode {
  data: DataLoss
  folders: 'all' | ReadonlyMap<string, number>
  /** Seeds the junk of `tail: 'garbage'`. */
  seed: number
}

export interface PowerCutFs extends StorageFs {
  /** Operations completed so far (every call, reads included, counts as one). */
  readonly opCount: number
  /** One line per completed operation, e.g. `rename /d/a.tmp -> /d/a`. */
  readonly opLog: readonly string[]
  readonly isCut: boolean
  /**
   * After `ops` more completed operations the disk freezes: every later call never settles, as
   * for a process on a machine that lost power. Resolves when the cut happens.
   */
  cutAfter(ops: number): Promise<void>
  /** Folders with unsynced operations and how many (what `CrashMode.folders` chooses from). */
  unsyncedFolderOps(): Map<string, number>
  /** Whether some file holds data written since its last fsync. */
  hasUnsyncedData(): boolean
  /** The disk after a power cut now: a new fs whose every file and entry is durable. */
  powerCut(mode: CrashMode): PowerCutFs
  /** Every file as the running system sees it, by path. */
  files(): Map<string, Buffer>
}

type PendingWrite = { kind: 'write'; offset: number; bytes: Buffer } | { kind: 'truncate' }

interface FileNode {
  kind: 'file'
  durable: Buffer
  current: Buffer
  pending: PendingWrite[]
}

type FolderOp =
  | { kind: 'link'; name: string; id: number }
  | { kind: 'unlink'; name: string }
  | { kind: 'rename'; from: string; to: string }

interface FolderNode {
  kind: 'folder'
  durable: Map<string, number>
  current: Map<string, number>
  log: FolderOp[]
}

type FsNode = FileNode | FolderNode

const rootId = 0

function fsError(code: string, syscall: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path })
}

function segments(path: string): string[] {
  return path.split(/[\\/]+/).filter((part) => part !== '')
}

function joinSegments(parts: readonly string[]): string {
  return `/${parts.join('/')}`
}

function seededRandom(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function applyFolderOp(entries: Map<string, number>, op: FolderOp): void {
  if (op.kind === 'link') entries.set(op.name, op.id)
  else if (op.kind === 'unlink') entries.delete(op.name)
  else {
    const id = entries.get(op.from)
    if (id === undefined) return
    entries.delete(op.from)
    entries.set(op.to, id)
  }
}

function writeAt(target: Buffer, offset: number, bytes: Buffer): Buffer {
  const size = Math.max(target.length, offset + bytes.length)
  const out = Buffer.alloc(size)
  target.copy(out)
  bytes.copy(out, offset)
  return out
}

function keptBytes(keep: DataLoss['keep'], total: number): number {
  switch (keep) {
    case 'drop':
      return 0
    case 'keep':
      return total
    case 'one-byte':
      return Math.min(1, total)
    case 'half':
      return Math.floor(total / 2)
    case 'all-but-one':
      return Math.max(0, total - 1)
  }
}

/** What a file with unsynced data holds after the cut. */
function fileAfterCut(node: FileNode, loss: DataLoss, random: () => number): Buffer {
  if (node.pending.length === 0) return Buffer.from(node.durable)
  const total = node.pending.reduce(
    (sum, op) => sum + (op.kind === 'write' ? op.bytes.length : 0),
    0
  )
  let budget = keptBytes(loss.keep, total)
  let content: Buffer = Buffer.from(node.durable)
  for (const op of node.pending) {
    if (op.kind === 'truncate') {
      content = Buffer.alloc(0)
      continue
    }
    if (budget === 0) break
    const part = op.bytes.subarray(0, Math.min(budget, op.bytes.length))
    budget -= part.length
    content = writeAt(content, op.offset, part)
  }
  if (loss.tail === 'short' || content.length >= node.current.length) return content
  const tail = Buffer.alloc(node.current.length - content.length)
  if (loss.tail === 'garbage') {
    for (let i = 0; i < tail.length; i += 1) tail[i] = 0x20 + Math.floor(random() * 0x5f)
  }
  return Buffer.concat([content, tail])
}

/**
 * An in-memory StorageFs with the crash semantics of a real disk: each file has durable content
 * (as of its last fsync) and volatile content; each folder has durable entries (as of its last
 * `syncFolder`) and a log of unsynced operations. `powerCut` builds what the disk holds after
 * the power goes, for a chosen way of losing the volatile part. `folders` are created durable.
 */
export function createPowerCutFs(folders: readonly string[] = []): PowerCutFs {
  const nodes = new Map<number, FsNode>([
    [rootId, { kind: 'folder', durable: new Map(), current: new Map(), log: [] }]
  ])
  let nextId = rootId + 1
  for (const folder of folders) {
    let parent = rootId
    for (const name of segments(folder)) {
      const entries = (nodes.get(parent) as FolderNode).current
      let id = entries.get(name)
      if (id === undefined) {
        id = nextId++
        nodes.set(id, { kind: 'folder', durable: new Map(), current: new Map(), log: [] })
        entries.set(name, id)
        ;(nodes.get(parent) as FolderNode).durable.set(name, id)
      }
      parent = id
    }
  }
  return buildFs(nodes, nextId)
}

function buildFs(nodes: Map<number, FsNode>, firstFreeId: number): PowerCutFs {
  let nextId = firstFreeId
  let opCount = 0
  const opLog: string[] = []
  let cutAt = Infinity
  let cut = false
  let signalCut: () => void = () => undefined

  /** Runs one operation unless the power is off; a call after the cut never settles. */
  async function op<R>(describe: string, body: () => R): Promise<R> {
    if (cut) return new Promise<R>(() => undefined)
    try {
      return body()
    } finally {
      opCount += 1
      opLog.push(describe)
      if (opCount >= cutAt) {
        cut = true
        signalCut()
      }
    }
  }

  function folderAt(parts: readonly string[], syscall: string, path: string): FolderNode {
    let node: FsNode = nodes.get(rootId)!
    for (const name of parts) {
      if (node.kind !== 'folder') throw fsError('ENOTDIR', syscall, path)
      const id = node.current.get(name)
      if (id === undefined) throw fsError('ENOENT', syscall, path)
      node = nodes.get(id)!
    }
    if (node.kind !== 'folder') throw fsError('ENOTDIR', syscall, path)
    return node
  }

  function lookup(path: string, syscall: string): { parent: FolderNode; name: string } {
    const parts = segments(path)
    const name = parts.pop()
    if (name === undefined) throw fsError('EISDIR', syscall, path)
    return { parent: folderAt(parts, syscall, path), name }
  }

  function nodeAt(path: string, syscall: string): FsNode {
    const { parent, name } = lookup(path, syscall)
    const id = parent.current.get(name)
    if (id === undefined) throw fsError('ENOENT', syscall, path)
    return nodes.get(id)!
  }

  function fileAt(path: string, syscall: string): FileNode {
    const node = nodeAt(path, syscall)
    if (node.kind !== 'file') throw fsError('EISDIR', syscall, path)
    return node
  }

  function record(folder: FolderNode, folderOp: FolderOp): void {
    applyFolderOp(folder.current, folderOp)
    folder.log.push(folderOp)
  }

  /** Every folder and file reachable now, by path. */
  function walk(visit: (path: string, node: FsNode) => void): void {
    const go = (parts: string[], node: FsNode): void => {
      visit(joinSegments(parts), node)
      if (node.kind !== 'folder') return
      for (const [name, id] of [...node.current].sort(([a], [b]) => a.localeCompare(b))) {
        go([...parts, name], nodes.get(id)!)
      }
    }
    go([], nodes.get(rootId)!)
  }

  function openHandle(path: string, id: number): StorageFileHandle {
    let position = 0
    let closed = false
    const file = (): FileNode => {
      if (closed) throw fsError('EBADF', 'write', path)
      return nodes.get(id) as FileNode
    }
    return {
      write: (data) =>
        op(`write ${path}`, () => {
          const node = file()
          const bytes = Buffer.concat(data instanceof Uint8Array ? [data] : [...data])
          node.current = writeAt(node.current, position, bytes)
          node.pending.push({ kind: 'write', offset: position, bytes })
          position += bytes.length
        }),
      sync: () =>
        op(`sync ${path}`, () => {
          const node = file()
          node.durable = Buffer.from(node.current)
          node.pending = []
        }),
      datasync: () =>
        op(`datasync ${path}`, () => {
          const node = file()
          node.durable = Buffer.from(node.current)
          node.pending = []
        }),
      close: () =>
        op(`close ${path}`, () => {
          file()
          closed = true
        })
    }
  }

  const fs: PowerCutFs = {
    get opCount() {
      return opCount
    },
    opLog,
    get isCut() {
      return cut
    },

    cutAfter(ops) {
      cutAt = opCount + ops
      return new Promise<void>((resolve) => {
        signalCut = resolve
        if (opCount >= cutAt) {
          cut = true
          resolve()
        }
      })
    },

    open: (path, flags) =>
      op(`open(${flags}) ${path}`, () => {
        const { parent, name } = lookup(path, 'open')
        const existing = parent.current.get(name)
        if (existing !== undefined) {
          if (flags === 'wx') throw fsError('EEXIST', 'open', path)
          const node = nodes.get(existing)!
          if (node.kind !== 'file') throw fsError('EISDIR', 'open', path)
          node.current = Buffer.alloc(0)
          node.pending.push({ kind: 'truncate' })
          return openHandle(path, existing)
        }
        const id = nextId++
        nodes.set(id, {
          kind: 'file',
          durable: Buffer.alloc(0),
          current: Buffer.alloc(0),
          pending: []
        })
        record(parent, { kind: 'link', name, id })
        return openHandle(path, id)
      }),

    readFile: (path) => op(`readFile ${path}`, () => Buffer.from(fileAt(path, 'open').current)),

    rename: (from, to) =>
      op(`rename ${from} -> ${to}`, () => {
        const source = lookup(from, 'rename')
        const id = source.parent.current.get(source.name)
        if (id === undefined) throw fsError('ENOENT', 'rename', from)
        const target = lookup(to, 'rename')
        const replaced = target.parent.current.get(target.name)
        if (replaced !== undefined && nodes.get(replaced)!.kind === 'folder') {
          throw fsError('EISDIR', 'rename', to)
        }
        if (source.parent === target.parent) {
          record(source.parent, { kind: 'rename', from: source.name, to: target.name })
        } else {
          // Not atomic in this model; the storage module renames only within one folder.
          record(target.parent, { kind: 'link', name: target.name, id })
          record(source.parent, { kind: 'unlink', name: source.name })
        }
      }),

    unlink: (path) =>
      op(`unlink ${path}`, () => {
        const { parent, name } = lookup(path, 'unlink')
        const id = parent.current.get(name)
        if (id === undefined) throw fsError('ENOENT', 'unlink', path)
        if (nodes.get(id)!.kind === 'folder') throw fsError('EISDIR', 'unlink', path)
        record(parent, { kind: 'unlink', name })
      }),

    mkdir: (path) =>
      op(`mkdir ${path}`, () => {
        let folder = nodes.get(rootId) as FolderNode
        for (const name of segments(path)) {
          const id = folder.current.get(name)
          if (id === undefined) {
            const created = nextId++
            nodes.set(created, { kind: 'folder', durable: new Map(), current: new Map(), log: [] })
            record(folder, { kind: 'link', name, id: created })
            folder = nodes.get(created) as FolderNode
            continue
          }
          const node = nodes.get(id)!
          if (node.kind !== 'folder') throw fsError('EEXIST', 'mkdir', path)
          folder = node
        }
      }),

    readdir: (path) =>
      op(`readdir ${path}`, () =>
        [...folderAt(segments(path), 'scandir', path).current.keys()].sort()
      ),

    stat: (path) =>
      op(`stat ${path}`, (): StorageStat => {
        const node = segments(path).length === 0 ? nodes.get(rootId)! : nodeAt(path, 'stat')
        const size = node.kind === 'file' ? node.current.length : 0
        return { size, isDirectory: () => node.kind === 'folder' }
      }),

    syncFolder: (path) =>
      op(`syncFolder ${path}`, () => {
        const folder = folderAt(segments(path), 'fsync', path)
        folder.durable = new Map(folder.current)
        folder.log = []
      }),

    unsyncedFolderOps() {
      const result = new Map<string, number>()
      walk((path, node) => {
        if (node.kind === 'folder' && node.log.length > 0) result.set(path, node.log.length)
      })
      return result
    },

    hasUnsyncedData() {
      return [...nodes.values()].some((node) => node.kind === 'file' && node.pending.length > 0)
    },

    powerCut(mode) {
      const pathOf = new Map<number, string>()
      walk((path, node) => {
        for (const [id, candidate] of nodes) if (candidate === node) pathOf.set(id, path)
      })
      const random = seededRandom(mode.seed)
      const after = new Map<number, FsNode>()
      const rebuild = (id: number): void => {
        if (after.has(id)) return
        const node = nodes.get(id)!
        if (node.kind === 'file') {
          const content = fileAfterCut(node, mode.data, random)
          after.set(id, {
            kind: 'file',
            durable: content,
            current: Buffer.from(content),
            pending: []
          })
          return
        }
        const path = pathOf.get(id)
        const kept =
          mode.folders === 'all'
            ? node.log.length
            : path === undefined
              ? 0
              : (mode.folders.get(path) ?? 0)
        const entries = new Map(node.durable)
        for (const folderOp of node.log.slice(0, kept)) applyFolderOp(entries, folderOp)
        after.set(id, { kind: 'folder', durable: entries, current: new Map(entries), log: [] })
        for (const child of entries.values()) rebuild(child)
      }
      rebuild(rootId)
      return buildFs(after, nextId)
    },

    files() {
      const result = new Map<string, Buffer>()
      walk((path, node) => {
        if (node.kind === 'file') result.set(path, Buffer.from(node.current))
      })
      return result
    }
  }
  return fs
}
