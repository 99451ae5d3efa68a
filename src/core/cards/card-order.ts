import type { Delegate } from '@shared/delegates/entities'
import type { Logo } from '@shared/entities'
import { delegateNameInput } from '@shared/delegates/records'
import { nameSortKey, compareNameSortKeys, lazyCollator, vietnameseCollator } from '@shared/text'

export const cardOrders = ['number', 'unit', 'name', 'seat'] as const
export type CardOrder = (typeof cardOrders)[number]

const seatCollator = lazyCollator({ numeric: true, sensitivity: 'base' })

/**
 * Delegates in print order: by number; by unit then name; by name (Vietnamese order: given name,
 * then family and middle names); or by seat ("A2" before "A10"; no seat last). Ties keep number
 * order.
 */
export function orderDelegates(delegates: readonly Delegate[], order: CardOrder): Delegate[] {
  const keyed = delegates.map((d) => ({
    d,
    name: nameSortKey(delegateNameInput(d))
  }))
  const byNumber = (a: Delegate, b: Delegate) => a.number - b.number
  keyed.sort((x, y) => {
    const a = x.d
    const b = y.d
    switch (order) {
      case 'number':
        return byNumber(a, b)
      case 'unit':
        return (
          vietnameseCollator.compare(a.unit, b.unit) ||
          compareNameSortKeys(x.name, y.name) ||
          byNumber(a, b)
        )
      case 'name':
        return compareNameSortKeys(x.name, y.name) || byNumber(a, b)
      case 'seat': {
        const sa = a.seat?.trim() ?? ''
        const sb = b.seat?.trim() ?? ''
        if (!sa !== !sb) return sa ? -1 : 1
        return seatCollator.compare(sa, sb) || byNumber(a, b)
      }
    }
  })
  return keyed.map((k) => k.d)
}

/** A file offered as a delegate photo: its name and bytes. */
export interface PhotoFile {
  fileName: string
  bytes: Uint8Array
}

export interface PhotoMatch {
  photos: Map<string, Logo>
  /** Delegates without a photo, and files that are not PNG or JPEG images. */
  missing: Delegate[]
  notImages: string[]
}

const imageMime = (b: Uint8Array): Logo['mime'] | null =>
  b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47
    ? 'image/png'
    : b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
      ? 'image/jpeg'
      : null

const stemOf = (fileName: string) =>
  (fileName.split(/[/\\]/).pop() ?? '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('vi')

/**
 * Matches photo files to delegates: a file named after the delegate number ("42.jpg",
 * "042.png") or after the full name ("Nguyễn Văn An.jpg").
 */
export function matchPhotos(
  delegates: readonly Delegate[],
  files: readonly PhotoFile[]
): PhotoMatch {
  const byStem = new Map<string, PhotoFile & { mime: Logo['mime'] | null }>()
  for (const f of files) byStem.set(stemOf(f.fileName), { ...f, mime: imageMime(f.bytes) })
  const photos = new Map<string, Logo>()
  const missing: Delegate[] = []
  const notImages = new Set<string>()
  for (const d of delegates) {
    const f =
      byStem.get(String(d.number)) ??
      [...byStem.entries()].find(
        ([stem]) => /^0+\d+$/.test(stem) && Number(stem) === d.number
      )?.[1] ??
      byStem.get(d.fullName.normalize('NFC').toLocaleLowerCase('vi'))
    if (!f) missing.push(d)
    else if (!f.mime) notImages.add(f.fileName)
    else photos.set(d.id, { mime: f.mime, dataBase64: Buffer.from(f.bytes).toString('base64') })
  }
  return { photos, missing, notImages: [...notImages] }
}

export { greyscaleClashes } from '@shared/cards/greyscale'
