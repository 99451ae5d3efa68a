import { produce } from 'immer'
import { describe, expect, it } from 'vitest'
import { emptyDatabase, validateDatabase, validateDatabaseChange } from './database-schema'

describe('validating a change by what moved', () => {
  const base = validateDatabase(emptyDatabase())

  it('checks new records inside a feature part and names the bad one', () => {
    const after = produce(base, (draft) => {
      draft.honours.honorees.push({ id: 'h1', eventId: 'e1', kind: 'tribe' } as never)
    })
    expect(() => validateDatabaseChange(base, after)).toThrow(/data\.honours\.honorees\[0\]/)
  })

  it('refuses a key a part does not have', () => {
    const after = produce(base, (draft) => {
      ;(draft.agenda as Record<string, unknown>).surprise = []
    })
    expect(() => validateDatabaseChange(base, after)).toThrow(/unknown key "surprise"/)
  })

  it('does not look at records that did not move', () => {
    const withBad = { ...base, delegates: { ...base.delegates, delegates: [{ bad: true }] } }
    const after = produce(withBad as unknown as typeof base, (draft) => {
      draft.settings.operatorName = 'Văn phòng'
    })
    expect(() => validateDatabaseChange(withBad as unknown as typeof base, after)).not.toThrow()
  })
})
