import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { RosterSummary } from '@shared/rosters/entities'
import { seededService } from './certificates/testing/seeded-service'
import { pdfToText } from './pdf/testing/pdf-test-tools'

/*
 * One date formatter for every paper: whatever document a day appears in, it is written
 * "ngày 05 tháng 9 năm 2025" in prose and "05/9/2025" in a reference (days 1–9 and months 1–2
 * padded), never "05/09/2025", "5/9/2025" or "2025-09-05".
 */

let s: Awaited<ReturnType<typeof seededService>>
const texts: Record<string, string> = {}
/** pdftotext -layout, line by line. */
const layouts: Record<string, string[]> = {}

beforeAll(async () => {
  s = await seededService({ rounds: true, issued: true })
  const pdf = async (name: string, method: string, arg: unknown) => {
    const file = await s.call<FileOut>(method, arg)
    const bytes = Buffer.from(file.contentBase64, 'base64')
    texts[name] = (await pdfToText(bytes)).replace(/\s+/g, ' ')
    layouts[name] = (await pdfToText(bytes, { layout: true })).split('\n').map((l) => l.trim())
  }
  await pdf('decision', 'exportDecisionPdf', { id: s.decisionId })
  await pdf('bonus table', 'exportBonusTable', { id: s.decisionId, format: 'pdf' })
  for (const kind of ['programme', 'run-sheet', 'mc-script', 'timeline'])
    await pdf(`agenda ${kind}`, 'renderAgendaDocument', { eventId: s.eventId, kind })
  const rosters = await s.call<RosterSummary[]>('listRosters', { eventId: s.eventId })
  for (const kind of ['list', 'attendance', 'composition'])
    await pdf(`roster ${kind}`, 'renderRosterPdf', { rosterId: rosters[1]!.id, options: { kind } })
  await pdf('certificates', 'renderCertificateBatch', {
    jobId: 'dates',
    decisionId: s.decisionId,
    templateId: 'builtin-blank-a4',
    profileId: null,
    only: [1],
    output: 'single',
    plainPaperTest: false,
    confirmOverflow: false
  })
}, 120_000)
afterAll(() => s.service.close())

const canonicalMonth = (m: number) => (m <= 2 ? String(m).padStart(2, '0') : String(m))

describe('dates on every paper', () => {
  it('no document prints an ISO date', () => {
    for (const [name, text] of Object.entries(texts))
      expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g), name).toBeNull()
  })

  it('every short and long date has the one shape', () => {
    let seen = 0
    for (const [name, text] of Object.entries(texts)) {
      for (const [all, d, m] of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/\d{4}\b/g)) {
        seen++
        expect(`${d}/${m}`, `${name}: ${all}`).toBe(
          `${d!.padStart(2, '0')}/${canonicalMonth(Number(m))}`
        )
      }
      for (const [all, d, m] of text.matchAll(/ngày (\d{1,2}) tháng (\d{1,2}) năm \d{4}/gi)) {
        seen++
        expect(`${d} ${m}`, `${name}: ${all}`).toBe(
          `${d!.padStart(2, '0')} ${canonicalMonth(Number(m))}`
        )
      }
    }
    expect(seen).toBeGreaterThan(10)
  })

  it('the decision’s day reads the same in the decision, the certificates and the bonus table', () => {
    expect(texts['decision']).toContain('ngày 05 tháng 9 năm 2025')
    expect(texts['certificates']).toMatch(/05\/9\/2025|ngày 05 tháng 9 năm 2025/)
    expect(texts['bonus table']).toMatch(/05\/9\/2025|ngày 05 tháng 9 năm 2025/)
  })

  it('the event’s day reads the same in the agenda and the rosters; the timeline is dated in words', () => {
    for (const name of ['agenda programme', 'agenda mc-script', 'roster list'])
      expect(texts[name], name).toContain('12 tháng 9 năm 2025')
    expect(texts['agenda programme']).toContain('Ngày 12 tháng 9 năm 2025')
    expect(texts['agenda timeline']).toMatch(
      /Lập lúc \d{2} giờ \d{2}, ngày \d{2} tháng \d{1,2} năm \d{4}\./
    )
  })
})

describe('Decree 30 details on the same papers', () => {
  it('the attached list’s title never breaks inside a name ("Ủy / ban")', () => {
    const lines = layouts['decision']!
    expect(lines.some((l) => l.includes('DANH SÁCH'))).toBe(true)
    for (const l of lines) {
      expect(l).not.toMatch(/(Ủy|Chủ)$/)
      expect(l).not.toMatch(/^(ban nhân dân|tịch|Tiền Phong\))/)
    }
  })

  it('the attendance sheet’s header keeps "Ghi chú" on one line', () => {
    expect(layouts['roster attendance']!.some((l) => /Ký tên\s+Ghi chú$/.test(l))).toBe(true)
  })

  it('the bonus table has a Ký nhận column and the preparer’s and accountant’s signatures', () => {
    expect(texts['bonus table']).toContain('Ký nhận')
    const signatures = layouts['bonus table']!.find((l) => l.includes('NGƯỜI LẬP BIỂU'))
    expect(signatures).toMatch(/NGƯỜI LẬP BIỂU\s+KẾ TOÁN\s+\S/)
    expect(texts['bonus table']).toContain('(Ký, ghi rõ họ tên)')
  })
})
