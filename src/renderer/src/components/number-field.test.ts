import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import {
  hasAtMostDecimals,
  numberProblem,
  numberProblemText,
  readNumber,
  useNumberField,
  type NumberBounds
} from './number-field'

function field(initial: number | null, bounds: NumberBounds) {
  const model = ref<number | null>(initial)
  const range = ref(bounds)
  const commits: (number | null)[] = []
  const state = useNumberField({
    modelValue: () => model.value,
    bounds: () => range.value,
    commit: (value) => {
      commits.push(value)
      model.value = value
    }
  })
  return { model, range, commits, ...state }
}

describe('numberProblem', () => {
  it('accepts the bounds themselves and what lies between', () => {
    for (const v of [0, 50, 100]) expect(numberProblem(v, { min: 0, max: 100 })).toBeNull()
  })
  it('names the range for a value outside it, on either side', () => {
    expect(numberProblem(500, { min: 0, max: 100 })).toEqual({ kind: 'range', min: 0, max: 100 })
    expect(numberProblem(-0.5, { min: 0 })).toEqual({ kind: 'range', min: 0, max: undefined })
    expect(numberProblem(Infinity, {})).toEqual({ kind: 'range', min: undefined, max: undefined })
  })
  it('asks for a number when empty, unless the field is optional', () => {
    expect(numberProblem(null, { min: 0 })).toEqual({ kind: 'required' })
    expect(numberProblem(Number.NaN, {})).toEqual({ kind: 'required' })
    expect(numberProblem(null, { optional: true })).toBeNull()
  })
})

describe('decimals', () => {
  it('refuses a fraction in a whole-number field instead of rounding it', () => {
    expect(numberProblem(2.5, { min: 0, decimals: 0 })).toEqual({ kind: 'decimals', decimals: 0 })
    expect(numberProblem(-0.1, { decimals: 0 })).toEqual({ kind: 'decimals', decimals: 0 })
    expect(numberProblem(3, { min: 0, decimals: 0 })).toBeNull()
  })
  it('says the range first when a value is both out of range and fractional', () => {
    expect(numberProblem(2.5, { min: 3, decimals: 0 })).toEqual({
      kind: 'range',
      min: 3,
      max: undefined
    })
  })
  it('reads decimals as typed, not as their binary approximation', () => {
    for (const v of [50.25, 0.1, 0.29, 99.99, 1.15, 33.33, 100])
      expect(hasAtMostDecimals(v, 2), String(v)).toBe(true)
    for (const v of [50.125, 0.001, 33.333]) expect(hasAtMostDecimals(v, 2), String(v)).toBe(false)
    expect(numberProblem(50.125, { max: 100, decimals: 2 })).toEqual({
      kind: 'decimals',
      decimals: 2
    })
  })
})

describe('readNumber (a number typed as text)', () => {
  const whole = { min: 0, max: 100_000, decimals: 0 }
  it('reads a plain number, spaces around it allowed', () => {
    expect(readNumber(' 120 ', whole)).toEqual({ value: 120 })
    expect(readNumber('0', whole)).toEqual({ value: 0 })
    expect(readNumber('2,5', { decimals: 1 })).toEqual({ value: 2.5 })
  })
  it('asks for a number for text that is not one, instead of reading part of it', () => {
    for (const typed of ['abc', '12abc', '1e3', '2.340.000', '1 200', '--3', 'Infinity'])
      expect(readNumber(typed, whole), typed).toEqual({ problem: { kind: 'required' } })
  })
  it('refuses a negative count and a fraction in a whole-number field, with the reason', () => {
    expect(readNumber('-3', whole)).toEqual({ problem: { kind: 'range', min: 0, max: 100_000 } })
    expect(readNumber('2,5', whole)).toEqual({ problem: { kind: 'decimals', decimals: 0 } })
    expect(readNumber('1.5', whole)).toEqual({ problem: { kind: 'decimals', decimals: 0 } })
  })
  it('takes an empty field as no value only where it may be empty', () => {
    expect(readNumber('  ', { ...whole, optional: true })).toEqual({ value: null })
    expect(readNumber('', whole)).toEqual({ problem: { kind: 'required' } })
  })
})

describe('numberProblemText', () => {
  const t = (key: string, named?: Record<string, unknown>) =>
    `${key} ${JSON.stringify(named ?? {})}`
  it('names the bounds a value must keep to', () => {
    expect(numberProblemText({ kind: 'range', min: 1900, max: 2025 }, t)).toBe(
      'numberField.range {"min":"1900","max":"2025"}'
    )
    expect(numberProblemText({ kind: 'range', min: 0, max: undefined }, t)).toBe(
      'numberField.atLeast {"min":"0"}'
    )
    expect(numberProblemText({ kind: 'decimals', decimals: 0 }, t)).toBe('numberField.whole {}')
  })
})

describe('useNumberField', () => {
  it('keeps a fraction typed in a whole-number field and never hands it to the model', async () => {
    const f = field(2, { min: 0, decimals: 0 })
    await f.input(2.5, false)
    expect(f.draft.value).toBe(2.5)
    expect(f.problem.value).toEqual({ kind: 'decimals', decimals: 0 })
    expect(f.model.value).toBe(2)
    expect(f.commits).toEqual([])
    await f.input(3, false)
    expect(f.commits).toEqual([3])
  })

  it('keeps a typed value above the max on screen and never hands it to the model', async () => {
    const f = field(40, { min: 0, max: 100 })
    await f.input(500, false)
    expect(f.draft.value).toBe(500)
    expect(f.problem.value).toEqual({ kind: 'range', min: 0, max: 100 })
    expect(f.model.value).toBe(40)
    expect(f.commits).toEqual([])
  })

  it('hands a typed value in range to the model, once', async () => {
    const f = field(40, { min: 0, max: 100 })
    await f.input(5, false)
    await f.input(50, false)
    await f.input(50, false)
    expect(f.commits).toEqual([5, 50])
    expect(f.problem.value).toBeNull()
  })

  it('takes back the values typed on the way to a refused one', async () => {
    const f = field(6, { min: 1, max: 60 })
    await f.input(5, false)
    await f.input(50, false)
    await f.input(500, false)
    expect(f.draft.value).toBe(500)
    expect(f.model.value).toBe(6)
    expect(f.commits).toEqual([5, 50, 6])
  })

  it('goes back to the last value settled (blur, Enter), not to the first', async () => {
    const f = field(6, { min: 1, max: 60 })
    await f.input(30, false)
    f.settle()
    await nextTick()
    await f.input(300, false)
    expect(f.model.value).toBe(30)
  })

  it('goes back to the model value typed again after an out-of-range one, without a commit', async () => {
    const f = field(40, { min: 0, max: 100 })
    await f.input(400, false)
    await f.input(40, false)
    expect(f.problem.value).toBeNull()
    expect(f.commits).toEqual([])
  })

  it('holds an emptied required field, and passes an emptied optional one as null', async () => {
    const required = field(3, { min: 1 })
    await required.input(null, false)
    expect(required.problem.value).toEqual({ kind: 'required' })
    expect(required.model.value).toBe(3)
    const optional = field(3, { min: 1, optional: true })
    await optional.input(undefined, false)
    expect(optional.problem.value).toBeNull()
    expect(optional.model.value).toBeNull()
  })

  it('stops a spinner step at the bound, as a spinner does', async () => {
    const f = field(100, { min: 0, max: 100 })
    await f.input(101, true)
    expect(f.draft.value).toBe(100)
    expect(f.commits).toEqual([])
    const low = field(0.5, { min: 0.1, max: 20 })
    await low.input(0.25, true)
    await low.input(0, true)
    expect(low.draft.value).toBe(0.1)
    expect(low.commits).toEqual([0.25, 0.1])
  })

  it('takes a change of the model from outside over what was typed', async () => {
    const f = field(40, { min: 0, max: 100 })
    await f.input(500, false)
    await nextTick()
    f.model.value = 70
    await nextTick()
    expect(f.draft.value).toBe(70)
    expect(f.problem.value).toBeNull()
  })

  it('forgets the typed value on reset', async () => {
    const f = field(40, { min: 0, max: 100 })
    await f.input(500, false)
    f.reset()
    expect(f.draft.value).toBe(40)
    expect(f.problem.value).toBeNull()
  })

  it('commits the typed value once a widened range accepts it', async () => {
    const f = field(40, { min: 0, max: 100 })
    await f.input(150, false)
    f.range.value = { min: 0, max: 200 }
    await nextTick()
    expect(f.model.value).toBe(150)
  })

  it('marks the spinner ends', async () => {
    const f = field(0, { min: 0, max: 2 })
    expect([f.atMin.value, f.atMax.value]).toEqual([true, false])
    await f.input(2, false)
    expect([f.atMin.value, f.atMax.value]).toEqual([false, true])
  })
})
