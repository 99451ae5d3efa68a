import { afterEach, describe, expect, it } from 'vitest'
import type { AgendaOverview } from '@shared/agenda/contract'
import type { AgendaItem } from '@shared/agenda/entities'
import { buildMcScript, trayLists } from '@shared/agenda/stage-plan'
import type { Event } from '@shared/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { valueOf as value } from '../testing/fresh-service'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})
async function sample() {
  const service = await createAppService(testContext(), {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  const event = value<Event>(await service.dispatch('openSampleEvent', {}))
  const agenda = value<AgendaOverview>(await service.dispatch('getAgenda', { eventId: event.id }))
  return { service, event, agenda }
}

describe('the sample congress programme', () => {
  it('has the half-day agenda and four award rounds for its 31 honorees', async () => {
    const { agenda } = await sample()
    expect(agenda.items).toHaveLength(13)
    expect(agenda.settings).toMatchObject({ plannedEnd: '11:00', stageCapacity: 10 })
    expect(agenda.rounds.map((r) => r.honoreeIds.length)).toEqual([7, 7, 7, 10])
    expect(new Set(agenda.rounds.flatMap((r) => r.honoreeIds)).size).toBe(31)
    expect(agenda.rounds.map((r) => r.presenters[0])).toEqual([
      'Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường',
      'Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường',
      'Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân phường',
      'Nguyễn Văn Hùng, Chủ tịch Ủy ban nhân dân phường'
    ])
    const award = agenda.items.find((i) => i.kind === 'award-round') as AgendaItem
    expect(agenda.rounds.every((r) => r.agendaItemId === award.id)).toBe(true)
    const honorees = Object.fromEntries(agenda.honorees.map((h) => [h.id, h]))
    const kinds = agenda.rounds.map((r) => [
      ...new Set(r.honoreeIds.map((id) => honorees[id]?.kind))
    ])
    expect(kinds).toEqual([
      ['collective'],
      ['collective'],
      ['individual'],
      ['individual', 'household']
    ])
    const plan = {
      items: agenda.items,
      rounds: agenda.rounds,
      honorees,
      decisions: Object.fromEntries(agenda.decisions.map((d) => [d.id, d]))
    }
    const script = buildMcScript(plan)
    const decision = script.find((b) => b.title === 'Công bố Quyết định khen thưởng')
    expect(decision?.lines.some((l) => l.startsWith('Quyết định số 125/QĐ-UBND ngày'))).toBe(true)
    expect(script.find((b) => b.itemId === award.id)?.rounds[0]?.invitation).toContain(
      'Xin trân trọng kính mời đồng chí Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường, lên trao Giấy khen cho các tập thể.'
    )
    expect(trayLists(plan).flatMap((t) => t.entries)).toHaveLength(31)
  })

  it('refuses a vote on the delegation roster the seed already approved', async () => {
    const { service, agenda } = await sample()
    const vote = agenda.items.filter((i) => i.kind === 'vote').at(-1) as AgendaItem
    const roster = agenda.rosters.find((r) => /tỉnh/i.test(r.name))
    expect(roster?.status).toBe('approved')
    const result = await service.dispatch('recordAgendaVote', {
      itemId: vote.id,
      vote: {
        mode: 'cards-unanimous',
        for: 0,
        against: 0,
        abstain: 0,
        subject: 'delegation-roster',
        approved: 'Danh sách đại biểu dự Đại hội Thi đua yêu nước tỉnh',
        rosterId: roster?.id ?? null
      }
    })
    expect(result.ok ? null : result.error.code).toBe('FROZEN')
  })
})
