import type { FileOut } from '@shared/contract-part'
import { base64ToBytes, saveAsDownload } from '../../event-file'

/** Saves a file the app produced as a browser download. */
export const downloadFile = (file: FileOut) =>
  saveAsDownload(file.fileName, base64ToBytes(file.contentBase64), file.contentType)
