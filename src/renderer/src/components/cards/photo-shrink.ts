/** The longest side a card photo needs: a 40 mm frame at 300 dpi is 472 px; this leaves room. */
export const photoLongSide = 1000
/** Photos at most this heavy travel as they are. */
export const photoKeepBytes = 512 * 1024

/**
 * A photo as a card needs it: one off a phone (3–5 MB, 4000 px) is redrawn at `photoLongSide`
 * as a JPEG of a few hundred KB, so a folder of them fits one print. A file the browser cannot
 * decode is returned as it is, for the print to name it as not an image.
 */
export async function photoForCard(file: File): Promise<Blob> {
  if (file.size <= photoKeepBytes) return file
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  } catch {
    return file
  }
  try {
    const scale = Math.min(1, photoLongSide / Math.max(bitmap.width, bitmap.height))
    const width = Math.max(1, Math.round(bitmap.width * scale))
    const height = Math.max(1, Math.round(bitmap.height * scale))
    const canvas = new OffscreenCanvas(width, height)
    const context = canvas.getContext('2d')
    if (!context) return file
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, height)
    context.drawImage(bitmap, 0, 0, width, height)
    const shrunk = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
    return shrunk.size < file.size ? shrunk : file
  } finally {
    bitmap.close()
  }
}
