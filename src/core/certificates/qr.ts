import { loadQrCode } from '../pdf/deferred-modules'

export interface QrMatrix {
  size: number
  /** size × size modules, row by row; 1 = dark. */
  dark: Uint8Array
}

const cache = new Map<string, QrMatrix>()

/** The module matrix of a QR code (error correction M), drawn by the painter as vector paths. */
export function qrMatrix(text: string): QrMatrix {
  let m = cache.get(text)
  if (!m) {
    const qr = loadQrCode().create(text, { errorCorrectionLevel: 'M' })
    m = { size: qr.modules.size, dark: Uint8Array.from(qr.modules.data) }
    if (cache.size > 256) cache.clear()
    cache.set(text, m)
  }
  return m
}
