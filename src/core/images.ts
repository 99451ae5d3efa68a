import type { Logo } from '@shared/entities'
import { AppError } from '@shared/result'

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** A JPEG's frame header (SOF0–SOF15 except DHT, JPG and DAC), which every decoder needs. */
function hasJpegFrame(bytes: Buffer): boolean {
  let i = 2
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return false
    const marker = bytes[i + 1]!
    if (marker === 0xff) {
      i += 1
      continue
    }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return true
    if (marker === 0xd9 || marker === 0xda) return false
    i += 2 + bytes.readUInt16BE(i + 2)
  }
  return false
}

/**
 * Why an image (a logo, a template's background or image field) cannot be drawn, or undefined:
 * its bytes must be the PNG or JPEG its type says, with the header a PDF needs.
 */
export function imageProblem(image: Logo): string | undefined {
  const bytes = Buffer.from(image.dataBase64, 'base64')
  if (image.mime === 'image/png') {
    const isPng =
      bytes.length >= 33 &&
      pngSignature.every((b, i) => bytes[i] === b) &&
      bytes.toString('latin1', 12, 16) === 'IHDR'
    return isPng ? undefined : 'it is not a PNG image'
  }
  const isJpeg = bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && hasJpegFrame(bytes)
  return isJpeg ? undefined : 'it is not a JPEG image'
}

/** Throws INVALID_ARGUMENT naming `where` when the image cannot be drawn. */
export function assertDrawableImage(image: Logo | null | undefined, where: string): void {
  if (!image) return
  const problem = imageProblem(image)
  if (problem) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `${where}: the image cannot be used because ${problem} (the file may be damaged or of another type). Choose a PNG or JPEG file again.`,
      { field: where }
    )
  }
}
