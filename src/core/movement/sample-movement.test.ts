import { afterEach, describe, expect, it } from 'vitest'
import type { Decision } from '@shared/honours/entities'
import type { Event } from '@shared/entities'
import type { CouncilMeeting, Unit } from '@shared/movement/entities'
import type { MovementProgress } from '@shared/movement/progress'
import type { CandidateResult } from '@shared/movement/proposals-contract'
import type { AppService } from '../app-service'
import { startMovementService } from './testing/movement-harness'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('the sample ward\u2019s movement', () => {
  it('has its units, two years that miss a target in one group, and the vote behind the 31 honorees', async () => {
    const { service, call } = await startMovementService()
    open.push(service)
    const event = await call<Event>('openSampleEvent', {})
    const units = await call<Unit[]>('listUnits', {})
    const groups = units.filter((u) => u.kind === 'residential-group')
    expect(groups).toHaveLength(14)
    expect(groups.every((g) => (g.households ?? 0) > 0)).toBe(true)

    const p = await call<MovementProgress>('getProgress', {})
    expect(p.title).toBe('Phong trào thi đua yêu nước giai đoạn 2025 - 2030')
    expect(p.year).toBe(2026)
    expect(p.targets.map((t) => [t.target.label, t.current.met])).toEqual([
      ['Cơ quan, đơn vị, tổ dân phố đăng ký thi đua', true],
      ['Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa', false],
      ['Hộ gia đình đạt danh hiệu Gia đình văn hóa', true]
    ])
    expect(p.targets[1]?.lagging.map((l) => l.name)).toEqual(['Tổ dân phố số 10'])
    expect(p.targets[2]?.series.map((s) => s.met)).toEqual([false, true])

    const [council] = await call<CouncilMeeting[]>('listCouncilMeetings', {})
    const results = await call<CandidateResult[]>('getCouncilResults', { id: council?.id })
    expect(results.filter((r) => r.passes)).toHaveLength(31)
    expect(results.filter((r) => !r.passes).map((r) => r.candidate.name)).toEqual([
      'Lương Văn Tú',
      'Cao Thị Bích'
    ])
    const [decision] = await call<Decision[]>('listDecisions', { eventId: event.id })
    expect(council?.decisionIds).toEqual([decision?.id])

    // Opening the sample again adds no second copy of the organisation's units.
    await call('openSampleEvent', {})
    expect(await call<Unit[]>('listUnits', {})).toHaveLength(units.length)
  })
})
