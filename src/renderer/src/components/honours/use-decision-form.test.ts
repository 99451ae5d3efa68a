import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef } from 'vue'
import type { Decision } from '@shared/honours/entities'
import type { DecisionFields } from '@shared/honours/contract'
import { flushUnsavedEdits } from '../../unsaved-edits'
import { parseBaseSalary, useDecisionForm } from './use-decision-form'

function decision(over: Partial<Decision> = {}): Decision {
  return {
    id: 'd1',
    eventId: 'e1',
    number: '',
    symbol: 'QĐ-UBND',
    date: null,
    signer: null,
    awardFormId: null,
    baseSalary: 2_340_000,
    proposingBody: '',
    subject: '',
    achievement: '',
    legalBases: [],
    recipients: [],
    honoreeIds: { collective: [], individual: [], household: [] },
    status: 'draft',
    ...over
  } as Decision
}

function harness(start: Decision) {
  const current = shallowRef(start)
  const sent: Partial<DecisionFields>[] = []
  const save = vi.fn(async (patch: Partial<DecisionFields>) => {
    sent.push(patch)
    current.value = { ...current.value, ...patch } as Decision
  })
  const scope = effectScope()
  const form = scope.run(() =>
    useDecisionForm(
      () => current.value,
      () => false,
      save
    )
  )!
  return { current, sent, form, stop: () => scope.stop() }
}

describe('a decision typed into its form', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('is saved after a pause, once, in the form the data keeps', async () => {
    const h = harness(decision())
    h.form.model.number = ' 12'
    await nextTick()
    h.form.model.number = ' 125 '
    await nextTick()
    expect(h.sent).toEqual([])
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ number: '125' }])
    // The answer means what is typed: the text stays as typed (no caret jump, no lost space).
    expect(h.form.model.number).toBe(' 125 ')
    h.stop()
  })

  it('is sent at once when the page is about to unload', async () => {
    const h = harness(decision())
    h.form.model.subject = 'Về việc khen thưởng'
    await nextTick()
    expect(flushUnsavedEdits()).toBe(false)
    expect(h.sent).toEqual([{ subject: 'Về việc khen thưởng' }])
    h.stop()
  })

  it('keeps what is being typed when a newer decision arrives, and shows the rest', async () => {
    const h = harness(decision())
    h.form.model.symbol = 'QĐ-UB'
    await nextTick()
    h.current.value = decision({ number: '130', symbol: 'QĐ-CT', achievement: 'Thành tích' })
    await nextTick()
    expect(h.form.model.symbol).toBe('QĐ-UB')
    expect(h.form.model.number).toBe('130')
    expect(h.form.model.achievement).toBe('Thành tích')
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ symbol: 'QĐ-UB' }])
    h.stop()
  })

  it('refuses a base salary that is not a whole amount, saving nothing and holding the page', async () => {
    const h = harness(decision())
    h.form.model.baseSalary = '2,5 triệu'
    await nextTick()
    expect(h.form.salaryInvalid.value).toBe(true)
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([])
    expect(flushUnsavedEdits()).toBe(true)
    h.form.model.baseSalary = '2.530.000'
    await nextTick()
    expect(h.form.salaryInvalid.value).toBe(false)
    await vi.advanceTimersByTimeAsync(1000)
    expect(h.sent).toEqual([{ baseSalary: 2_530_000 }])
    h.stop()
  })
})

describe('parseBaseSalary', () => {
  it('reads digits with or without thousands separators, within the stored bound', () => {
    expect(parseBaseSalary('2.340.000')).toBe(2_340_000)
    expect(parseBaseSalary('2,340,000')).toBe(2_340_000)
    expect(parseBaseSalary('2340000')).toBe(2_340_000)
    expect(parseBaseSalary('0')).toBe(0)
    expect(parseBaseSalary('')).toBeNull()
    expect(parseBaseSalary('-5')).toBeNull()
    expect(parseBaseSalary('2.5e6')).toBeNull()
    expect(parseBaseSalary('1.000.000.001')).toBeNull()
  })
  it('reads a separator only between groups of three digits, so a fraction is never 25 đồng', () => {
    expect(parseBaseSalary(' 2 340 000 ')).toBe(2_340_000)
    expect(parseBaseSalary('2\u00a0340\u00a0000')).toBe(2_340_000)
    for (const typed of ['2,5', '1.5', '2.34', '2.340,000', '2..340', '23.40.000', 'abc', '2.340.'])
      expect(parseBaseSalary(typed), typed).toBeNull()
  })
})
