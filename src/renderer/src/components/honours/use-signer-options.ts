import { computed } from 'vue'
import type { Signer, SignerBlock } from '@shared/entities'
import { signerBlockOf, signerTitleLines } from '@shared/text/signer-lines'
import { useOrganisation } from '../../queries/organisation'

/** Identifies a signer block by its title lines and name (blocks carry no id). */
export const signerKey = (s: SignerBlock | null) =>
  s ? `${signerTitleLines(s).join('|')}|${s.name}` : ''

/**
 * The organisation's signers to choose from, plus the one a document already names when it is no
 * longer in the organisation's list (so a saved choice still shows).
 */
export function useSignerOptions(current: () => SignerBlock | null) {
  const organisation = useOrganisation()
  const signers = computed<Signer[]>(() => organisation.data.value?.signers ?? [])
  return computed(() => {
    const list = signers.value.map((s) => ({
      key: signerKey(s),
      label: `${signerTitleLines(s).join(' / ')} — ${s.name}`,
      value: signerBlockOf(s)
    }))
    const named = current()
    if (named && !list.some((o) => o.key === signerKey(named)))
      list.push({ key: signerKey(named), label: `${named.title} — ${named.name}`, value: named })
    return list
  })
}
