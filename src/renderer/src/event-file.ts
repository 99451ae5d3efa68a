import { ApiError } from './api'
import { errorMessageKey } from './errors'

/** The core refuses bigger files (see `maxImportBase64Length` in the contract). */
export const maxEventFileBytes = 50 * 1024 * 1024

/** Bytes per `String.fromCharCode` call: spreading a whole 50 MB array would overflow the stack. */
const chunkSize = 0x8000

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += chunkSize) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + chunkSize)))
  }
  return btoa(parts.join(''))
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()))
}

/**
 * Hands bytes to the browser as a download: a save dialog in Electron, the downloads folder in
 * a browser. A blob: URL on a temporary `<a download>` never navigates the page, so neither the
 * CSP nor the navigation guard gets in the way.
 */
export function saveAsDownload(fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // Some engines start reading the blob only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
}

type T = (key: string, named?: Record<string, unknown>) => string

/** The core's English reasons (event-file.ts in core), most specific first → i18n keys. */
const knownReasons: [prefix: string, key: string][] = [
  ['this is not a Dais event file (it is not JSON text)', 'eventFile.reasons.notJson'],
  ['this is not a Dais event file', 'eventFile.reasons.notEventFile'],
  ['the file was exported by a newer version of Dais', 'eventFile.reasons.newerVersion'],
  ['the file is damaged or was edited by hand', 'eventFile.reasons.damaged'],
  ['the event in the file is invalid', 'eventFile.reasons.invalidEvent']
]

/** Why a file could not be imported, in the UI language; the core's own text when unknown. */
export function importFailureReason(error: unknown, t: T): string {
  if (!(error instanceof ApiError)) return t(errorMessageKey(error))
  if (error.code !== 'INVALID_ARGUMENT') return t(errorMessageKey(error))
  const reason = (error.details as { reason?: unknown } | undefined)?.reason
  if (typeof reason === 'string') {
    const known = knownReasons.find(([prefix]) => reason.startsWith(prefix))
    if (known) return t(known[1])
    return reason
  }
  return error.message
}

/** "Could not import “x.json”: the file is damaged …" */
export function importFailureMessage(error: unknown, fileName: string, t: T): string {
  return t('eventFile.importFailed', { fileName, reason: importFailureReason(error, t) })
}
