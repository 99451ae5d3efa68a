import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { previewSpreadsheet } from './preview'
import { parseTextDate } from './values'

const corpus = join(__dirname, '../../../test-fixtures/import')
const roster = JSON.parse(readFileSync(join(corpus, 'roster.json'), 'utf8')) as {
  delegates: { birthDate: string; partyJoinDate: string }[]
}
const originalTz = process.env.TZ

afterAll(() => {
  process.env.TZ = originalTz
})

describe('Excel dates: no day shift in any time zone, 1900 and 1904 systems', () => {
  for (const tz of ['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles']) {
    it.each(['dates-1900.xlsx', 'dates-1904.xlsx'])(`%s under ${tz}`, async (file) => {
      process.env.TZ = tz
      // The zone really is in force for this process (Node re-reads TZ when it is set).
      const offset = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset()
      expect(offset).toBe({ 'Asia/Ho_Chi_Minh': -420, UTC: 0, 'America/Los_Angeles': 480 }[tz])
      const { preview } = await previewSpreadsheet({
        fileName: file,
        bytes: readFileSync(join(corpus, file)),
        kind: 'delegates',
        context: { existingNames: [], categories: [] }
      })
      expect(preview.summary.date1904).toBe(file === 'dates-1904.xlsx')
      expect(preview.rows.map((r) => r.values.birthDate)).toEqual(
        roster.delegates.map((d) => d.birthDate)
      )
      expect(preview.rows.map((r) => r.values.partyJoinDate)).toEqual(
        roster.delegates.map((d) => d.partyJoinDate)
      )
      // Number cells shown as "0000000000" keep their zeros.
      expect(preview.rows[0]?.values.phone).toBe('0912345678')
    })
  }
})

describe('text dates', () => {
  it('reads day/month/year and flags the ambiguous ones', () => {
    expect(parseTextDate('25/08/2025')).toEqual({ iso: '2025-08-25', ambiguous: false })
    expect(parseTextDate('05/09/2025')).toEqual({ iso: '2025-09-05', ambiguous: true })
    expect(parseTextDate('5.9.2025')).toEqual({ iso: '2025-09-05', ambiguous: true })
    expect(parseTextDate('07/07/2025')).toEqual({ iso: '2025-07-07', ambiguous: false })
    expect(parseTextDate('2025-09-05')).toEqual({ iso: '2025-09-05', ambiguous: false })
    expect(parseTextDate('31/02/2025')).toBeNull()
    expect(parseTextDate('1/2/25')).toBeNull()
  })

  it('a column that proves its order is not ambiguous', () => {
    expect(parseTextDate('05/09/2025', false, true)?.ambiguous).toBe(false)
    expect(parseTextDate('09/25/2025', true)).toEqual({ iso: '2025-09-25', ambiguous: false })
  })
})
