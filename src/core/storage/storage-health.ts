import type { StorageStatus } from '@shared/entities'
import type { Clock } from '../app-context'
import { RenameFailedError } from './durable-write'
import { errorCode, errorMessage } from './storage-fs'

function describeWriteError(error: unknown): string {
  const cause = error instanceof RenameFailedError ? error.cause : error
  const code = errorCode(cause)
  return `Not saved — retrying (${code ?? 'error'}: ${errorMessage(cause)}). Changes are kept in memory.`
}

export interface StorageHealthOptions {
  clock: Clock
  readOnly: boolean
  committedSeq(): number
  durableSeq(): number
}

/**
 * What the storage tells the app about saving (saved, saving, retrying, read-only), pushed to
 * listeners whenever it changes: a write that keeps failing says why, since when and how many
 * changes wait in memory.
 */
export class StorageHealth {
  private failing: string | null = null
  private failingSince: string | null = null
  private lastSavedAt: string | null = null
  private readonly listeners = new Set<(status: StorageStatus) => void>()
  private lastEmitted = ''

  constructor(private readonly options: StorageHealthOptions) {}

  /** Why writing fails right now; null while it works. */
  get failure(): string | null {
    return this.failing
  }

  /** A save attempt failed (or a rename has been retried for long enough to say so). */
  failed(error: unknown): void {
    this.failing = describeWriteError(error)
    this.failingSince ??= this.options.clock.now().toISOString()
    this.emit()
  }

  written(): void {
    this.failing = null
    this.failingSince = null
    this.lastSavedAt = this.options.clock.now().toISOString()
    this.emit()
  }

  current(): StorageStatus {
    const { readOnly, committedSeq, durableSeq } = this.options
    const seq = committedSeq()
    const state = readOnly
      ? 'read-only'
      : this.failing !== null
        ? 'retrying'
        : durableSeq() < seq
          ? 'saving'
          : 'saved'
    const unsavedChanges = Math.max(0, seq - durableSeq())
    return {
      state,
      lastSavedAt: this.lastSavedAt,
      seq,
      error: this.failing,
      unsavedChanges,
      failingSince: this.failingSince
    }
  }

  /** Tells the listeners, unless nothing changed since the last time. */
  emit(): void {
    const status = this.current()
    const key = JSON.stringify(status)
    if (key === this.lastEmitted) return
    this.lastEmitted = key
    for (const listener of this.listeners) listener(status)
  }

  onStatus(listener: (status: StorageStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
