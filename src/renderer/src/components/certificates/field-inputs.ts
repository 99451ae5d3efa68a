import type { Logo } from '@shared/entities'
import { readFileAsBase64 } from '../../event-file'

/** A number input's value, or `fallback` while it is empty or not a number. */
export const finiteOr = (value: number | null | undefined, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback

/** The contract's limit on an image's base64 text. */
const maxImageBase64 = 2_000_000

/**
 * The PNG or JPEG chosen in a file input, or the message key saying why it cannot be used; the
 * input is cleared so the same file can be chosen again.
 */
export async function takeChosenImage(
  event: globalThis.Event
): Promise<{ image: Logo } | { problem: 'imageWrongType' | 'imageTooLarge' } | null> {
  const target = event.target as HTMLInputElement
  const file = target.files?.[0]
  target.value = ''
  if (!file) return null
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') return { problem: 'imageWrongType' }
  const dataBase64 = await readFileAsBase64(file)
  if (dataBase64.length > maxImageBase64) return { problem: 'imageTooLarge' }
  return { image: { mime: file.type, dataBase64 } }
}
