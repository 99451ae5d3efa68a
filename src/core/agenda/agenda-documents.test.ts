import { writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { AgendaOverview } from '@shared/agenda/contract'
import type { AgendaItem } from '@shared/agenda/entities'
import type { AttendanceFigures, CheckInOutcome } from '@shared/attendance/entities'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import { attendanceLine } from '@shared/attendance/quorum'
import { mcName } from '@shared/agenda/mc-wording'
import type { FileOut } from '@shared/contract-part'
import type { Event } from '@shared/entities'
import { createAppService, type AppService } from '../app-service'
import { pdfFonts, pdfToPng, pdfToText } from '../pdf/testing/pdf-test-tools'
import { testContext } from '../testing/test-context'
import { valueOf as value } from '../testing/fresh-service'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})
const flat = (text: string) => text.replace(/\s+/g, ' ')

async function sample() {
  const ctx = testContext()
  const service = await createAppService(ctx, {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  const event = value<Event>(await service.dispatch('openSampleEvent', {}))
  const agenda = async () =>
    value<AgendaOverview>(await service.dispatch('getAgenda', { eventId: event.id }))
  const render = async (kind: string) => {
    const file = value<FileOut>(
      await service.dispatch('renderAgendaDocument', { eventId: event.id, kind })
    )
    return Buffer.from(file.contentBase64, 'base64')
  }
  return { ctx, service, event, agenda, render }
}

describe('agenda documents', () => {
  it('reads the names of the MC script in stage order, and follows a move', async () => {
    const { service, agenda, render } = await sample()
    const before = await agenda()
    const names = (a: AgendaOverview, round: number) =>
      (a.rounds[round]?.honoreeIds ?? []).map((id) => mcName(a.honorees.find((h) => h.id === id)!))
    const text = flat(await pdfToText(await render('mc-script')))
    expect(text).toContain('LỜI DẪN CHƯƠNG TRÌNH')
    expect(text).toContain('Quyết định số 125/QĐ-UBND ngày')
    expect(text).toContain(
      'đồng chí Lê Minh Tuấn, Phó Bí thư Thường trực Đảng ủy phường, lên trao Giấy khen cho các tập thể'
    )
    const positions = names(before, 2).map((n) => text.indexOf(n))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)

    const moved = before.rounds[2]?.honoreeIds[0] as string
    value(
      await service.dispatch('moveHonoreeInRounds', {
        honoreeId: moved,
        toRoundId: before.rounds[3]?.id,
        toIndex: 0
      })
    )
    const after = await agenda()
    const text2 = flat(await pdfToText(await render('mc-script')))
    const fourth = names(after, 3).map((n) => text2.indexOf(`. ${n}`))
    expect(fourth.every((p) => p > 0)).toBe(true)
    expect([...fourth].sort((a, b) => a - b)).toEqual(fourth)
    const trays = flat(await pdfToText(await render('tray-lists')))
    const movedName = mcName(after.honorees.find((h) => h.id === moved)!)
    expect(trays.indexOf(movedName)).toBeGreaterThan(trays.indexOf('Đợt 4'))
  })

  it('gives the MC the attendance to announce: a blank to fill in, then the live figure', async () => {
    const { service, event, render } = await sample()
    const call = async <T>(method: string, arg: unknown) =>
      value<T>(await service.dispatch(method, arg))
    const figures = () => call<AttendanceFigures>('getAttendanceFigures', { eventId: event.id })
    const { summoned } = await figures()
    const before = flat(await pdfToText(await render('mc-script')))
    expect(before).toContain(`Có mặt ……/${summoned} đại biểu, đạt ……%.`)
    // announced while the guests are introduced, before the first vote
    expect(before.indexOf('Có mặt ……')).toBeGreaterThan(before.indexOf('Tuyên bố lý do'))
    expect(before.indexOf('Có mặt ……')).toBeLessThan(before.indexOf('Biểu quyết thông qua'))

    const codes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: event.id })
    let counted = 0
    for (const { code } of codes) {
      if (counted === 7) break
      const o = await call<CheckInOutcome>('checkIn', { eventId: event.id, desk: 'Bàn 1', code })
      if (o.delegate?.counted) counted++
    }
    const after = flat(await pdfToText(await render('mc-script')))
    expect(after).toContain(`${attendanceLine(7, summoned)}.`)
    expect(after).not.toContain('Có mặt ……')
    expect((await figures()).present).toBe(7)
  })

  it('prints the programme, run sheet, tray lists, seating and the actual timeline with embedded fonts', async () => {
    const { ctx, service, event, render } = await sample()
    const programme = await render('programme')
    expect(flat(await pdfToText(programme))).toMatch(/07:30 - 08:00 Đón tiếp đại biểu/)
    expect((await pdfFonts(programme)).every((f) => f.embedded)).toBe(true)
    const runSheet = flat(await pdfToText(await render('run-sheet')))
    expect(runSheet).toContain('Người phục vụ bưng khay')
    expect(runSheet).toContain('Đợt 1: 7 người')
    const seating = flat(await pdfToText(await render('seating')))
    expect(seating).toContain('31 Đợt 4')

    ctx.clock.advance(new Date('2025-09-12T07:40:00').getTime() - ctx.clock.now().getTime())
    for (let i = 0; i < 3; i++) {
      value<AgendaItem[]>(await service.dispatch('startNextAgendaItem', { eventId: event.id }))
      ctx.clock.advance(35 * 60_000)
    }
    const timeline = await render('timeline')
    const text = flat(await pdfToText(timeline))
    expect(text).toContain('DIỄN BIẾN THỰC TẾ')
    expect(text).toMatch(/Chào cờ 08:00 - 08:05 08:15 08:50 \+15 phút/)
    expect(text).toContain('chưa diễn ra')
    if (process.env.AGENDA_PDF_PREVIEW) {
      for (const kind of ['programme', 'run-sheet', 'mc-script', 'tray-lists', 'seating']) {
        writeFileSync(
          `${process.env.AGENDA_PDF_PREVIEW}/${kind}.png`,
          await pdfToPng(await render(kind), 1, 60)
        )
      }
      writeFileSync(
        `${process.env.AGENDA_PDF_PREVIEW}/timeline.png`,
        await pdfToPng(timeline, 1, 60)
      )
    }
  })

  it('refuses documents that would be empty', async () => {
    const { service } = await sample()
    const other = value<Event>(
      await service.dispatch('createEvent', {
        title: 'Hội nghị',
        kind: 'conference',
        periodFrom: null,
        periodTo: null,
        launchFrom: null,
        launchTo: null,
        date: null,
        startTime: null,
        venue: '',
        organiser: ''
      })
    )
    const result = await service.dispatch('renderAgendaDocument', {
      eventId: other.id,
      kind: 'mc-script'
    })
    expect(result.ok ? null : result.error.code).toBe('INCOMPLETE')
  })
})
