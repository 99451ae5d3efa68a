import { afterEach, describe, expect, it } from 'vitest'
import type { AgendaOverview } from '@shared/agenda/contract'
import type { AgendaItem, VoteInput } from '@shared/agenda/entities'
import type { CheckInOutcome } from '@shared/attendance/entities'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import type { FileOut } from '@shared/contract-part'
import type { Event } from '@shared/entities'
import type { Result } from '@shared/result'
import { createAppService, type AppService } from '../app-service'
import { pdfToText } from '../pdf/testing/pdf-test-tools'
import { testContext } from '../testing/test-context'

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
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r: Result<unknown> = await service.dispatch(method, arg)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  const event = await call<Event>('openSampleEvent', {})
  const eventId = event.id
  const agenda = await call<AgendaOverview>('getAgenda', { eventId })
  const vote = agenda.items.find((i) => i.kind === 'vote') as AgendaItem
  const codes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId })
  let next = 0
  /** Checks in delegates (not guests) until `n` are present. */
  const checkInDelegates = async (n: number) => {
    let present = 0
    while (present < n) {
      const o = await call<CheckInOutcome>('checkIn', {
        eventId,
        desk: 'Bàn 1',
        code: codes[next++]!.code
      })
      present = o.figures.present
    }
  }
  const record = (subject: VoteInput['subject'], itemId = vote.id) =>
    call<AgendaItem>('recordAgendaVote', {
      itemId,
      vote: {
        mode: 'counted',
        for: 30,
        against: 0,
        abstain: 0,
        subject,
        approved: 'Chương trình Đại hội',
        rosterId: null
      }
    })
  const document = async (kind: string) => {
    const file = await call<FileOut>('renderAgendaDocument', { eventId, kind })
    return (await pdfToText(Buffer.from(file.contentBase64, 'base64'))).replace(/\s+/g, ' ')
  }
  return { call, eventId, vote, checkInDelegates, record, document }
}

describe('a vote records the attendance at its time', () => {
  it('records none while nobody is checked in at the door', async () => {
    const { record } = await sample()
    expect((await record('programme')).vote?.attendance).toBeNull()
  })

  it('flags a vote taken without the quorum, and prints it in the run sheet', async () => {
    const { checkInDelegates, record, document } = await sample()
    await checkInDelegates(40)
    const voted = await record('programme')
    // 114 summoned in the sample (120 less its guests): more than half is 58
    expect(voted.vote?.attendance).toEqual({
      summoned: 114,
      present: 40,
      percent: 35.1,
      rule: 'Quá nửa tổng số đại biểu được triệu tập',
      required: 58,
      quorumMet: false
    })
    expect(await document('run-sheet')).toContain(
      'có mặt 40/114 đại biểu (35,1%), KHÔNG ĐỦ số đại biểu theo quy định (cần 58)'
    )
    await checkInDelegates(58)
    const again = await record('programme')
    expect(again.vote?.attendance).toMatchObject({ present: 58, quorumMet: true })
    expect(await document('run-sheet')).toContain(
      'có mặt 58/114 đại biểu (50,9%), đủ số đại biểu theo quy định (cần 58)'
    )
  })

  it("uses the event's threshold for the kind of vote", async () => {
    const { call, eventId, checkInDelegates, record } = await sample()
    await call('saveQuorumRules', {
      eventId,
      rules: [
        {
          id: 'general',
          name: 'Quá nửa',
          numerator: 1,
          denominator: 2,
          strict: true,
          subjects: []
        },
        {
          id: 'two-thirds',
          name: 'Ít nhất hai phần ba',
          numerator: 2,
          denominator: 3,
          strict: false,
          subjects: ['secretariat']
        }
      ]
    })
    await checkInDelegates(60)
    expect((await record('programme')).vote?.attendance).toMatchObject({
      rule: 'Quá nửa',
      required: 58,
      quorumMet: true
    })
    expect((await record('secretariat')).vote?.attendance).toMatchObject({
      rule: 'Ít nhất hai phần ba',
      required: 76,
      quorumMet: false
    })
  })
})
