import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { createRefusalKeeper } from './refusal-keeper'

function keeperOver(initial: Record<string, number>) {
  const values = ref<Record<string, number>>({ ...initial })
  const keeper = createRefusalKeeper((key) => values.value[key])
  return { values, keeper }
}

describe('createRefusalKeeper', () => {
  it('keeps a refused value after its field is gone and gives it back to the field coming back', () => {
    const { keeper } = keeperOver({ 'a.x': 12 })
    keeper.keep({ key: 'a.x', draft: 12.345, model: 12 })
    expect(keeper.kept.value).toEqual([{ key: 'a.x', draft: 12.345, model: 12 }])
    expect(keeper.take('a.x', 12)).toEqual({ draft: 12.345 })
    // Back on screen, the field itself holds it: no longer kept.
    expect(keeper.kept.value).toEqual([])
    expect(keeper.take('a.x', 12)).toBeNull()
  })

  it('keeps an emptied field as empty', () => {
    const { keeper } = keeperOver({ 'a.w': 40 })
    keeper.keep({ key: 'a.w', draft: null, model: 40 })
    expect(keeper.take('a.w', 40)).toEqual({ draft: null })
  })

  it('drops a kept value once the value it would replace changes elsewhere', async () => {
    const { values, keeper } = keeperOver({ 'a.x': 12, 'b.y': 5 })
    keeper.keep({ key: 'a.x', draft: 12.345, model: 12 })
    keeper.keep({ key: 'b.y', draft: 2000, model: 5 })
    values.value = { 'a.x': 30, 'b.y': 5 }
    expect(keeper.kept.value.map((r) => r.key)).toEqual(['b.y'])
    await nextTick()
    // Not brought back by the old value returning (an undo after the move).
    values.value = { 'a.x': 12, 'b.y': 5 }
    expect(keeper.kept.value.map((r) => r.key)).toEqual(['b.y'])
    expect(keeper.take('a.x', 12)).toBeNull()
  })

  it('drops a kept value when its field is removed', async () => {
    const { values, keeper } = keeperOver({ 'a.x': 12 })
    keeper.keep({ key: 'a.x', draft: 12.345, model: 12 })
    values.value = {}
    await nextTick()
    expect(keeper.kept.value).toEqual([])
  })

  it('gives nothing back to a field whose value is no longer the one refused over', () => {
    const { keeper } = keeperOver({ 'a.x': 12 })
    keeper.keep({ key: 'a.x', draft: 12.345, model: 12 })
    expect(keeper.take('a.x', 13)).toBeNull()
    expect(keeper.kept.value).toEqual([])
  })

  it('forgets every kept value when the edits are discarded', () => {
    const { keeper } = keeperOver({ 'a.x': 12, 'b.y': 5 })
    keeper.keep({ key: 'a.x', draft: 12.345, model: 12 })
    keeper.keep({ key: 'b.y', draft: 2000, model: 5 })
    keeper.clear()
    expect(keeper.kept.value).toEqual([])
    expect(keeper.take('a.x', 12)).toBeNull()
  })

  it('keeps the newest refusal of a key, in the order refused', () => {
    const { keeper } = keeperOver({ 'a.x': 12, 'b.y': 5 })
    keeper.keep({ key: 'a.x', draft: 12.345, model: 12 })
    keeper.keep({ key: 'b.y', draft: 2000, model: 5 })
    keeper.keep({ key: 'a.x', draft: 1.001, model: 12 })
    expect(keeper.kept.value.map((r) => [r.key, r.draft])).toEqual([
      ['b.y', 2000],
      ['a.x', 1.001]
    ])
  })
})
