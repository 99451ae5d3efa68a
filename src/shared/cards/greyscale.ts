import type { DelegateCategory } from '../delegates/entities'

/** How dark a colour prints in black and white: 0 black … 1 white (ITU-R BT.601 luma). */
export const greyOf = (hex: string): number => {
  const v = parseInt(hex.slice(1), 16)
  return (0.299 * ((v >> 16) & 255) + 0.587 * ((v >> 8) & 255) + 0.114 * (v & 255)) / 255
}

/** Pairs of category colours that print as nearly the same grey on a black-and-white printer. */
export function greyscaleClashes(
  categories: readonly Pick<DelegateCategory, 'name' | 'color'>[]
): [string, string][] {
  const coloured = categories.filter((c) => c.color)
  const out: [string, string][] = []
  for (let i = 0; i < coloured.length; i++) {
    for (let j = i + 1; j < coloured.length; j++) {
      if (Math.abs(greyOf(coloured[i]!.color!) - greyOf(coloured[j]!.color!)) < 0.12) {
        out.push([coloured[i]!.name, coloured[j]!.name])
      }
    }
  }
  return out
}
