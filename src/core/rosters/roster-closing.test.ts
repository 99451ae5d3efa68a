import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { RosterView } from '@shared/rosters/entities'
import { pdfPageTexts } from '../pdf/testing/pdf-test-tools'
import { makeDelegate, rosterHarness } from './testing/roster-harness'

/*
 * Decree 30 lists end with their closing rows, the count line and the signer on the page of the
 * last members: never a page holding only the repeated header, "Trong đó" and a signature.
 */

let h: Awaited<ReturnType<typeof rosterHarness>>
const squash = (s: string) => s.replace(/\s+/g, ' ')
const memberName = (n: number) => `Hoàng Thị Mai Số${n}`

beforeAll(async () => {
  h = await rosterHarness()
  await h.addDelegates(
    Array.from({ length: 31 }, (_, i) =>
      makeDelegate(h.event.id, {
        fullName: memberName(i + 1),
        gender: i % 3 === 0 ? 'female' : 'male',
        position: 'Bí thư Chi bộ, Tổ trưởng Tổ dân phố',
        unit: `Tổ dân phố số ${i + 1}, phường Tiền Phong`
      })
    )
  )
  await h.editDelegates((draft) => {
    draft.organisation.placeName = 'Tiền Phong'
    draft.organisation.headerLines = ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TIỀN PHONG']
    draft.organisation.signers = [
      { id: 's', name: 'Nguyễn Văn Hùng', title: 'Chủ tịch', collective: 'Ủy ban nhân dân' }
    ]
  })
})
afterAll(() => h.close())

async function rosterOf(size: number): Promise<string> {
  const roster = await h.call<RosterView>('createRoster', {
    eventId: h.event.id,
    name: `Danh sách ${size} đại biểu`,
    kind: 'other'
  })
  const ids = h.db.data.delegates.delegates
    .filter((d) => d.eventId === h.event.id)
    .slice(0, size)
    .map((d) => d.id)
  await h.call('addRosterMembers', { rosterId: roster.id, delegateIds: ids })
  return roster.id
}

async function pages(rosterId: string, kind: 'list' | 'attendance') {
  const file = await h.call<FileOut>('renderRosterPdf', { rosterId, options: { kind } })
  return (await pdfPageTexts(Buffer.from(file.contentBase64, 'base64'))).map(squash)
}

describe('the end of a roster list', () => {
  for (const size of [1, 8, 30, 31])
    it(`a roster of ${size}: every page holds members, the last closes the list and is signed`, async () => {
      const id = await rosterOf(size)
      for (const kind of ['list', 'attendance'] as const) {
        const texts = await pages(id, kind)
        texts.forEach((text, i) => {
          // A page with no member on it would hold only the closing rows.
          expect(text, `${kind}, page ${i + 1} of ${texts.length}`).toMatch(/Hoàng Thị Mai Số\d+/)
        })
        const last = texts[texts.length - 1]!
        // The row numbered `size` (print order is by name) is on the last page.
        const lastRow = last.search(new RegExp(`(^| )${size} Hoàng Thị Mai Số`))
        expect(lastRow).toBeGreaterThanOrEqual(0)
        expect(last).toContain(`Danh sách có ${String(size).padStart(2, '0')} đại biểu./.`)
        expect(last).toContain('TM. ỦY BAN NHÂN DÂN')
        expect(last).toContain('Nguyễn Văn Hùng')
        if (kind === 'list') {
          expect(last).toContain(`Tổng cộng: ${size}`)
          expect(last).toContain('Trong đó:')
        }
        // The count line comes after the last row, the signer after the count line.
        expect(last.indexOf('Danh sách có')).toBeGreaterThan(lastRow)
        expect(last.lastIndexOf('Nguyễn Văn Hùng')).toBeGreaterThan(last.indexOf('Danh sách có'))
      }
    })
})
