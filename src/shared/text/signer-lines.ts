import type { SignerBlock } from '../entities'
import { toUpperVietnamese } from './case'

const upper = (s: string): string => toUpperVietnamese(s.normalize('NFC').trim())

/**
 * The authority lines of a signature block, upper case, top to bottom: "TM. ỦY BAN NHÂN DÂN",
 * "KT. CHỦ TỊCH" (or TL./TUQ.), then the title ("PHÓ CHỦ TỊCH", "Q. CHỦ TỊCH").
 */
export function signerTitleLines(
  s: Pick<SignerBlock, 'title' | 'collective' | 'onBehalfOf' | 'delegation' | 'acting'>
): string[] {
  const lines: string[] = []
  if (s.collective?.trim()) lines.push(`TM. ${upper(s.collective)}`)
  if (s.onBehalfOf?.trim()) lines.push(`${s.delegation ?? 'KT'}. ${upper(s.onBehalfOf)}`)
  if (s.title.trim()) lines.push(`${s.acting ? 'Q. ' : ''}${upper(s.title)}`)
  return lines
}

/** The block a document stores: a profile signer without its id and without empty parts. */
export function signerBlockOf(s: SignerBlock): SignerBlock {
  return {
    name: s.name,
    title: s.title,
    ...(s.collective?.trim() ? { collective: s.collective } : {}),
    ...(s.onBehalfOf?.trim() ? { onBehalfOf: s.onBehalfOf } : {}),
    ...(s.onBehalfOf?.trim() && s.delegation && s.delegation !== 'KT'
      ? { delegation: s.delegation }
      : {}),
    ...(s.acting ? { acting: true } : {})
  }
}
