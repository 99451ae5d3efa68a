import {
  computed,
  inject,
  nextTick,
  onBeforeUnmount,
  provide,
  ref,
  shallowReactive,
  watch,
  type ComputedRef,
  type InjectionKey
} from 'vue'

/**
 * What a number field accepts: a closed range, whether it may be left empty, and at most how many
 * decimals (0 for a whole number; any when undefined).
 */
export interface NumberBounds {
  min?: number
  max?: number
  optional?: boolean
  decimals?: number
}

export type NumberProblem =
  | { kind: 'required' }
  | { kind: 'range'; min: number | undefined; max: number | undefined }
  | { kind: 'decimals'; decimals: number }

/** Whether `value` has at most `decimals` digits after the point (read as typed, not as binary). */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))
}

/**
 * Why a value cannot be taken (null when it can): empty while required, outside the range, or with
 * more decimals than allowed (a whole-number field refuses 2.5 instead of rounding it).
 */
export function numberProblem(
  value: number | null | undefined,
  bounds: NumberBounds
): NumberProblem | null {
  if (value === null || value === undefined || Number.isNaN(value))
    return bounds.optional ? null : { kind: 'required' }
  const tooLow = bounds.min !== undefined && value < bounds.min
  const tooHigh = bounds.max !== undefined && value > bounds.max
  if (tooLow || tooHigh || !Number.isFinite(value))
    return { kind: 'range', min: bounds.min, max: bounds.max }
  if (bounds.decimals !== undefined && !hasAtMostDecimals(value, bounds.decimals))
    return { kind: 'decimals', decimals: bounds.decimals }
  return null
}

type Translate = (key: string, named?: Record<string, unknown>) => string

/** The message a field shows for a refused value, in the user's language. */
export function numberProblemText(p: NumberProblem, t: Translate): string {
  if (p.kind === 'required') return t('numberField.required')
  if (p.kind === 'decimals')
    return p.decimals === 0
      ? t('numberField.whole')
      : t('numberField.decimals', { decimals: String(p.decimals) })
  if (p.min !== undefined && p.max !== undefined)
    return t('numberField.range', { min: String(p.min), max: String(p.max) })
  if (p.min !== undefined) return t('numberField.atLeast', { min: String(p.min) })
  return t('numberField.atMost', { max: String(p.max) })
}

/**
 * A number typed as text where no number input can be used (a grid cell): the number (null for
 * an empty field that may be empty), or why it is refused. A decimal comma reads as a point, so
 * "2,5" in a whole-number field is refused as a fraction; anything else that is not a plain
 * number ("abc", "1e3", "2.340.000") asks for a number.
 */
export function readNumber(
  text: string,
  bounds: NumberBounds
): { value: number | null } | { problem: NumberProblem } {
  const trimmed = text.trim()
  if (trimmed === '') return bounds.optional ? { value: null } : { problem: { kind: 'required' } }
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(trimmed)) return { problem: { kind: 'required' } }
  const value = Number(trimmed.replace(',', '.'))
  const problem = numberProblem(value, bounds)
  return problem ? { problem } : { value }
}

const none = Symbol('none')

function clamp(value: number, bounds: NumberBounds): number {
  return Math.min(bounds.max ?? Infinity, Math.max(bounds.min ?? -Infinity, value))
}

export interface NumberFieldOptions {
  modelValue: () => number | null | undefined
  bounds: () => NumberBounds
  /** Called only with a value the bounds accept, and only when it differs from the model. */
  commit: (value: number | null) => void
}

/**
 * The state behind NumberField: the value shown is what the user typed (`draft`), even when the
 * model cannot take it; only an accepted value reaches the model. Accepted values reach it as they
 * are typed (a live preview follows them); once the typing runs out of range, the model goes back
 * to the value it held before this run of typing (so "5", "50" on the way to a refused "500" are
 * not left behind). A change of the model from outside (another record, an undo) replaces the
 * draft. A step of the spinner stops at the bound, as a spinner does; a typed value is never
 * changed.
 */
export function useNumberField(options: NumberFieldOptions) {
  const model = () => options.modelValue() ?? null
  const draft = ref<number | null>(model())
  const problem = computed(() => numberProblem(draft.value, options.bounds()))
  /** The model's value before the current run of typing: what a refused value leaves in place. */
  let settled = model()
  /** The value last handed to the model, to tell its echo from a change made elsewhere. */
  let echo: number | null | typeof none = none

  function commit(value: number | null): void {
    if (value === model()) return
    echo = value
    options.commit(value)
  }

  function follow(): void {
    if (numberProblem(draft.value, options.bounds()) === null) commit(draft.value)
    else commit(settled)
  }

  /**
   * A value from the input. `fromStep` when it came from the spinner buttons or arrow keys, not
   * from typing. Resolves once the draft holds its final value.
   */
  async function input(value: number | null | undefined, fromStep: boolean): Promise<void> {
    const next = value === undefined || Number.isNaN(value) ? null : value
    draft.value = next
    if (fromStep && next !== null && numberProblem(next, options.bounds()) !== null) {
      // The input already shows the overshoot: let it see that value, then the bound.
      await nextTick()
      draft.value = clamp(next, options.bounds())
    }
    follow()
    if (fromStep) settle()
  }

  /** The typing is finished (blur, Enter): an accepted value becomes the one to go back to. */
  function settle(): void {
    if (problem.value === null) settled = draft.value
  }

  watch(model, (value) => {
    const own = value === echo
    echo = none
    if (own) return
    settled = value
    draft.value = value
  })
  // A range that widens (its bound follows another field) can make the typed value acceptable.
  watch(options.bounds, follow, { deep: true })

  /** Shows the model's value again, forgetting what was typed (a form opening anew). */
  function reset(): void {
    draft.value = model()
    settled = model()
  }

  const atMin = computed(() => {
    const min = options.bounds().min
    return min !== undefined && draft.value !== null && draft.value <= min
  })
  const atMax = computed(() => {
    const max = options.bounds().max
    return max !== undefined && draft.value !== null && draft.value >= max
  })

  return { draft, problem, input, settle, reset, atMin, atMax }
}

const refusedKey: InjectionKey<Set<object>> = Symbol('refusedNumbers')

/**
 * For a form or step: whether any NumberField inside it holds a value it refused (empty or out of
 * range), so the form holds its save or its "next" without wiring every field.
 */
export function useRefusedNumbers(): { any: ComputedRef<boolean> } {
  const refused = shallowReactive(new Set<object>())
  provide(refusedKey, refused)
  return { any: computed(() => refused.size > 0) }
}

/** Tells the enclosing form (if any) while this field refuses its value. */
export function reportRefusal(refusing: () => boolean): void {
  const refused = inject(refusedKey, null)
  if (!refused) return
  const token = {}
  watch(refusing, (r) => void (r ? refused.add(token) : refused.delete(token)), {
    immediate: true
  })
  onBeforeUnmount(() => refused.delete(token))
}
