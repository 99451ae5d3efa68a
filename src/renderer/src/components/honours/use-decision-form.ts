import { computed, reactive, watch } from 'vue'
import type { Decision } from '@shared/honours/entities'
import type { DecisionFields } from '@shared/honours/contract'
import { normalizeMultiline } from '@shared/text'
import { followSaved } from '../../follow-saved'
import { cleanText } from '../../text-input'
import { trackUnsavedEdit } from '../../unsaved-edits'
import { useSaveAsTyped } from '../../use-save-as-typed'
import { signerKey } from './use-signer-options'

/** The decision as its form shows it: typed texts, and the chosen date, signer and award form. */
export function shownOf(d: Decision) {
  return {
    number: d.number,
    symbol: d.symbol,
    date: d.date,
    signerKey: signerKey(d.signer),
    awardFormId: d.awardFormId ?? '',
    baseSalary: d.baseSalary.toLocaleString('vi-VN'),
    proposingBody: d.proposingBody,
    subject: d.subject,
    achievement: d.achievement,
    legalBases: d.legalBases.join('\n'),
    recipients: d.recipients.join('\n')
  }
}
type Shown = ReturnType<typeof shownOf>

export const typedKeys = [
  'number',
  'symbol',
  'baseSalary',
  'proposingBody',
  'subject',
  'achievement',
  'legalBases',
  'recipients'
] as const
type TypedKey = (typeof typedKeys)[number]

const maxBaseSalary = 1_000_000_000

/**
 * A base salary typed with or without thousands separators; null when it is not a whole amount.
 * Separators must group thousands ("2.340.000", "2,340,000", "2 340 000"): "2,5" or "1.5" is a
 * fraction typed by mistake, not 25 or 15 đồng.
 */
export function parseBaseSalary(text: string): number | null {
  const trimmed = text.trim()
  const grouped = /^\d{1,3}(([.,\s\u00a0])\d{3})?(\2\d{3})*$/.test(trimmed)
  if (!/^\d+$/.test(trimmed) && !grouped) return null
  const n = Number(trimmed.replace(/\D/g, ''))
  return n <= maxBaseSalary ? n : null
}

const lines = (text: string) =>
  normalizeMultiline(text)
    .split('\n')
    .filter((l) => l !== '')

/** What a field's text means once saved: two texts with one meaning are the same value. */
function meaning(key: keyof Shown, text: string | null): unknown {
  switch (key) {
    case 'number':
    case 'symbol':
    case 'proposingBody':
    case 'subject':
      return cleanText(text ?? '')
    case 'achievement':
      return normalizeMultiline(text ?? '')
    case 'legalBases':
    case 'recipients':
      return lines(text ?? '')
    case 'baseSalary':
      return parseBaseSalary(text ?? '')
    default:
      return text
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * A decision's form, saved as it is typed (after a pause; at once on leaving the field, the
 * screen or the page). A newer decision from the data (another window, undo, a save's answer)
 * shows in every field the user has not changed since; what is being typed is kept. A base
 * salary that is not a whole amount is not saved, and a reload or leaving asks first.
 */
export function useDecisionForm(
  decision: () => Decision,
  frozen: () => boolean,
  save: (patch: Partial<DecisionFields>) => Promise<void>
) {
  const model = reactive(shownOf(decision()))
  const follow = followSaved(() => shownOf(decision()), model, meaning)

  const typing = useSaveAsTyped()
  const inFlight = new Set<Promise<void>>()
  function send(key: TypedKey, value: unknown): Promise<void> | undefined {
    if (frozen() || value === null || same(value, meaning(key, shownOf(decision())[key]))) return
    follow.sent({ [key]: value })
    const done: Promise<void> = save({ [key]: value } as Partial<DecisionFields>).finally(() =>
      inFlight.delete(done)
    )
    inFlight.add(done)
    return done
  }
  /** Sends what waits for a pause; resolves once every save is answered (before issuing). */
  async function settle(): Promise<void> {
    typing.flush()
    await Promise.all([...inFlight])
  }
  for (const key of typedKeys) {
    watch(
      () => model[key],
      (text) => {
        const value = meaning(key, text)
        typing.schedule(key, () => send(key, value))
      }
    )
  }

  const salaryInvalid = computed(() => parseBaseSalary(model.baseSalary) === null)
  trackUnsavedEdit({ isUnsaved: () => salaryInvalid.value && !frozen() })

  return { model, salaryInvalid, flush: typing.flush, settle }
}
