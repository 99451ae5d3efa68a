import { afterEach, describe, expect, it } from 'vitest'
import type { Event, EventProgress } from '@shared/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { valueOf as value } from '../testing/fresh-service'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('getEventProgress', () => {
  it('counts each step of a new event and of the sample congress', async () => {
    const service = await createAppService(testContext(), {
      onBug: (e) => {
        throw e
      }
    })
    open.push(service)
    const created = value<Event>(
      await service.dispatch('createEvent', {
        title: 'Hội nghị tổng kết năm 2025',
        kind: 'conference',
        periodFrom: 2025,
        periodTo: 2025,
        launchFrom: 2025,
        launchTo: 2030,
        date: '2025-12-20',
        startTime: '08:00',
        venue: '',
        organiser: ''
      })
    )
    expect(value(await service.dispatch('getEventProgress', { id: created.id }))).toEqual({
      organisationReady: false,
      delegates: 0,
      rosters: 0,
      rostersApproved: 0,
      honorees: 0,
      decisions: 0,
      decisionsIssued: 0,
      registerNumbers: 0,
      certificatesPrinted: 0,
      agendaItems: 0,
      awardRounds: 0
    })

    const sample = value<Event>(await service.dispatch('openSampleEvent', {}))
    const progress = value<EventProgress>(
      await service.dispatch('getEventProgress', { id: sample.id })
    )
    expect(progress).toMatchObject({
      organisationReady: true,
      delegates: 120,
      honorees: 31,
      decisionsIssued: 1,
      registerNumbers: 31
    })
    expect(progress.rostersApproved).toBeGreaterThan(0)
    expect(progress.agendaItems).toBeGreaterThan(0)
    // The new event's numbers did not move.
    expect(
      value<EventProgress>(await service.dispatch('getEventProgress', { id: created.id })).delegates
    ).toBe(0)
    expect((await service.dispatch('getEventProgress', { id: 'nope' })).ok).toBe(false)
  })
})
