import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, reactive, shallowRef } from 'vue'
import { followSaved } from './follow-saved'

interface Saved {
  place: string
  members: string[]
}
const shownOf = (s: Saved) => ({ place: s.place, members: s.members.join('\n') })
type Shown = ReturnType<typeof shownOf>
const meaning = (key: keyof Shown, text: string) =>
  key === 'members'
    ? text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : text.trim()

function harness(start: Saved) {
  const saved = shallowRef(start)
  const model = reactive(shownOf(start))
  const scope = effectScope()
  const follow = scope.run(() => followSaved(() => shownOf(saved.value), model, meaning))!
  return { saved, model, follow, stop: () => scope.stop() }
}

describe('a form following its saved record', () => {
  it('shows a change made elsewhere in every field not typed into', async () => {
    const h = harness({ place: 'Hội trường', members: ['An'] })
    h.saved.value = { place: 'Phòng họp 2', members: ['An', 'Bình'] }
    await nextTick()
    expect(h.model).toEqual({ place: 'Phòng họp 2', members: 'An\nBình' })
    h.stop()
  })

  it('keeps a field being typed into, and shows the change in the others', async () => {
    const h = harness({ place: 'Hội trường', members: ['An'] })
    h.model.place = 'Hội trường U'
    h.saved.value = { place: 'Phòng họp 2', members: ['An', 'Bình'] }
    await nextTick()
    expect(h.model).toEqual({ place: 'Hội trường U', members: 'An\nBình' })
    h.stop()
  })

  it('keeps the text as typed when the saved value means the same', async () => {
    const h = harness({ place: 'Hội trường', members: ['An'] })
    h.model.members = 'An\n Bình '
    h.saved.value = { place: 'Hội trường', members: ['An', 'Bình'] }
    await nextTick()
    expect(h.model.members).toBe('An\n Bình ')
    h.stop()
  })

  it('follows a newer change over a field holding only what was sent', async () => {
    const h = harness({ place: 'Hội trường', members: [] })
    h.model.place = 'Phòng họp 2'
    h.follow.sent({ place: 'Phòng họp 2' })
    // Another window's save lands after ours: the field typed nothing since it was sent.
    h.saved.value = { place: 'Phòng lớn', members: [] }
    await nextTick()
    expect(h.model.place).toBe('Phòng lớn')
    h.stop()
  })

  it('keeps what was typed after the last send when the data changes', async () => {
    const h = harness({ place: 'Hội trường', members: [] })
    h.model.place = 'Phòng'
    h.follow.sent({ place: 'Phòng' })
    h.model.place = 'Phòng họp'
    h.saved.value = { place: 'Phòng', members: [] }
    await nextTick()
    expect(h.model.place).toBe('Phòng họp')
    h.stop()
  })
})
