import { api } from './api'
import { base64ToBytes, saveAsDownload } from './event-file'

/** A file the app produced (a PDF, a workbook, a zip), as the contract returns it. */
export interface AppDocument {
  fileName: string
  contentType: string
  contentBase64: string
}

/**
 * Shows a document: the desktop opens it in the system viewer; the browser mode opens it in a new
 * tab. Resolves with the tab's url (null on the desktop) so a caller can offer a link when the
 * browser blocked the tab (a long render outlives the click that asked for it).
 */
export async function showDocument(document: AppDocument): Promise<string | null> {
  const { url } = await api.openDocument(document)
  if (url) window.open(url, '_blank')
  return url
}

/** Saves a document: a save dialog on the desktop, the downloads folder in a browser. */
export function saveDocument(document: AppDocument): void {
  saveAsDownload(document.fileName, base64ToBytes(document.contentBase64), document.contentType)
}
