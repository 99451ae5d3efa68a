import { describe, expect, it } from 'vitest'
import type { VoteResult } from '@shared/agenda/entities'
import { createRehearsalSync } from './rehearsal-sync'

/** Windows of one app: each has its own session storage; a message reaches every other window. */
function app() {
  const members: { onmessage: ((event: MessageEvent) => void) | null }[] = []
  let clock = 1_000
  const window = (storage = new Map<string, string>()) => {
    const channel = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage(message: unknown) {
        for (const other of members)
          if (other !== channel) other.onmessage?.({ data: message } as MessageEvent)
      }
    }
    members.push(channel)
    const sync = createRehearsalSync({
      storage: {
        getItem: (k) => storage.get(k) ?? null,
        setItem: (k, v) => void storage.set(k, v),
        removeItem: (k) => void storage.delete(k)
      },
      channel,
      now: () => clock
    })
    return { sync, storage }
  }
  return { window, tick: () => (clock += 1_000) }
}

const vote: VoteResult = {
  mode: 'cards-unanimous',
  for: 0,
  against: 0,
  abstain: 0,
  subject: 'delegation-roster',
  approved: 'Danh sách đại biểu dự Đại hội cấp tỉnh',
  rosterId: 'r1',
  recordedAt: '2025-09-11T15:00:00.000Z',
  attendance: null
}

describe('a rehearsal shared between the app window and the presenter window', () => {
  it('reaches a window opened later, follows its steps both ways and ends in both', () => {
    const { window, tick } = app()
    const main = window()
    main.sync.set('e1', {
      active: true,
      times: { a: { actualStart: '2025-09-11T15:00:00', actualEnd: null } },
      votes: { v: vote }
    })
    const presenter = window()
    expect(presenter.sync.stateOf('e1').value).toMatchObject({
      active: true,
      votes: { v: vote },
      times: { a: { actualStart: '2025-09-11T15:00:00', actualEnd: null } }
    })
    tick()
    // The MC presses Enter on the presenter view: the app's window follows.
    const stepped = { b: { actualStart: '2025-09-11T15:05:00', actualEnd: null } }
    presenter.sync.set('e1', { active: true, times: stepped, votes: { v: vote } })
    expect(main.sync.stateOf('e1').value.times).toEqual(stepped)
    tick()
    main.sync.set('e1', { active: false, times: {}, votes: {} })
    expect(presenter.sync.stateOf('e1').value.active).toBe(false)
    expect([...presenter.storage.keys()]).toEqual([])
    expect([...main.storage.keys()]).toEqual([])
  })

  it('survives a reload of the window that runs it, votes included', () => {
    const { window } = app()
    const storage = new Map<string, string>()
    window(storage).sync.set('e1', { active: true, times: {}, votes: { v: vote } })
    const reloaded = window(storage)
    expect(reloaded.sync.stateOf('e1').value).toMatchObject({ active: true, votes: { v: vote } })
    expect(reloaded.sync.stateOf('e2').value.active).toBe(false)
  })

  it('ignores an older state arriving after a newer one', () => {
    const { window, tick } = app()
    const a = window()
    const b = window()
    a.sync.stateOf('e1')
    b.sync.stateOf('e1')
    b.sync.set('e1', { active: true, times: {}, votes: {} })
    const newer = a.sync.stateOf('e1').value
    tick()
    a.sync.set('e1', { active: false, times: {}, votes: {} })
    expect(b.sync.stateOf('e1').value.active).toBe(false)
    expect(newer.active).toBe(true)
  })
})
