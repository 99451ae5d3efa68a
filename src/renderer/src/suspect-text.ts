import type { Translator } from './audit-wording'
import { applySuspectFixes, findSuspectCharacters, type SuspectReason } from '@shared/text'

/** One warning under a field: every occurrence of one suspect character. */
export interface SuspectHint {
  char: string
  codePoint: string
  reason: SuspectReason
  /** The replacement to offer, or null when the original character cannot be guessed. */
  suggestion: string | null
  count: number
}

/** The warnings to show for a field value, one per distinct suspect character, in order found. */
export function suspectHints(value: string): SuspectHint[] {
  const byChar = new Map<string, SuspectHint>()
  for (const { char, codePoint, reason, suggestion } of findSuspectCharacters(value)) {
    const hint = byChar.get(char)
    if (hint) hint.count++
    else byChar.set(char, { char, codePoint, reason, suggestion, count: 1 })
  }
  return [...byChar.values()]
}

/** `value` with every occurrence of `char` replaced by its suggestion; other suspects stay. */
export function fixSuspect(value: string, char: string): string {
  return applySuspectFixes(
    value,
    findSuspectCharacters(value).filter((s) => s.char === char)
  )
}

const messageKeys: Record<SuspectReason, string> = {
  WRONG_CODE_PAGE_ETH: 'suspectText.wrongCodePage',
  LOOKALIKE_D: 'suspectText.lookalike',
  REPLACEMENT_CHARACTER: 'suspectText.replacement'
}

/** A warning ready to show: its text and, when a fix can be offered, the button's label. */
export interface SuspectWarning {
  char: string
  message: string
  fixLabel: string | null
}

/** The warnings for a field value, in the UI language `t` speaks. */
export function suspectWarnings(value: string, { t }: Pick<Translator, 't'>): SuspectWarning[] {
  return suspectHints(value).map(({ char, codePoint, reason, suggestion }) => ({
    char,
    message: t(messageKeys[reason], { char, codePoint, suggestion: suggestion ?? '' }),
    fixLabel: suggestion === null ? null : t('suspectText.fix', { suggestion })
  }))
}
