import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { sortByVietnameseName } from '@shared/text'
import {
  pdfFonts,
  pdfPageCount,
  pdfPageTexts,
  pdfTextRuns,
  pdfToPng,
  pdfToText,
  signatureLines
} from '../pdf/testing/pdf-test-tools'
import { rosterHarness } from './testing/roster-harness'

const artifacts = resolve(__dirname, '..', '..', '..', 'test-results', 'artifacts')

let h: Awaited<ReturnType<typeof rosterHarness>>
let congress: RosterSummary
let delegation: RosterSummary

beforeAll(async () => {
  h = await rosterHarness()
  const event = await h.call<{ id: string }>('openSampleEvent', {})
  const rosters = await h.call<RosterSummary[]>('listRosters', { eventId: event.id })
  congress = rosters[0]!
  delegation = rosters[1]!
})
afterAll(() => h.close())

async function render(rosterId: string, options: object, version?: number) {
  const file = await h.call<FileOut>('renderRosterPdf', { rosterId, options, version })
  const pdf = Buffer.from(file.contentBase64, 'base64')
  await mkdir(artifacts, { recursive: true })
  await writeFile(resolve(artifacts, file.fileName), pdf)
  return { file, pdf }
}

const squash = (s: string) => s.replace(/\s+/g, ' ')

describe('roster PDFs', () => {
  it('prints the delegation as a landscape "danh sách trích ngang" in Vietnamese name order', async () => {
    const { file, pdf } = await render(delegation.id, { kind: 'list' })
    expect(file).toMatchObject({ contentType: 'application/pdf' })
    expect(file.fileName).toMatch(/^danh-sach-trich-ngang-doan-dai-bieu.*-v1\.pdf$/)
    const text = await pdfToText(pdf)
    expect(text).toBe(text.normalize('NFC'))
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TIỀN PHONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Tiền Phong, ngày 12 tháng 9 năm 2025',
      'DANH SÁCH TRÍCH NGANG',
      'ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH',
      'Đại hội biểu quyết thông qua',
      'Năm sinh',
      'Tổng cộng: 8',
      'Nguyễn Văn Hùng'
    ])
      expect(squash(text)).toContain(line)
    const view = await h.call<RosterView>('getRoster', { id: delegation.id })
    const expected = sortByVietnameseName(view.versions[0]!.members, (m) => m.fields.fullName).map(
      (m) => m.fields.fullName
    )
    const positions = expected.map((name) => text.indexOf(name))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual(positions.slice().sort((a, b) => a - b))
    // Landscape A4.
    const fonts = await pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.every((f) => f.embedded && f.unicode)).toBe(true)
    await writeFile(resolve(artifacts, 'roster-list-p1.png'), await pdfToPng(pdf, 1, 60))
  })

  it('puts the birth year in the Nam or Nữ column and closes with the aggregate rows', async () => {
    const { pdf } = await render(delegation.id, {
      kind: 'list',
      columns: ['stt', 'fullName', 'birthYearMale', 'birthYearFemale', 'unit']
    })
    const text = await pdfToText(pdf, { layout: true })
    const view = await h.call<RosterView>('getRoster', { id: delegation.id })
    const woman = view.versions[0]!.members.find((m) => m.fields.gender === 'female')!
    const line = text.split('\n').find((l) => l.includes(woman.fields.fullName))!
    const cells = line.trim().split(/\s{2,}/)
    // STT, name, (empty Nam), Nữ year, unit: the year sits right after the name, in the Nữ column.
    expect(cells[2]).toBe(String(woman.fields.birthYear))
    const namAt = text.indexOf('Nam')
    const nuAt = text.indexOf('Nữ', namAt)
    const yearAt = line.indexOf(String(woman.fields.birthYear))
    const header = text.split('\n').find((l) => l.includes('Nam') && l.includes('Nữ'))!
    expect(Math.abs(yearAt - header.indexOf('Nữ'))).toBeLessThan(4)
    expect(namAt).toBeGreaterThan(0)
    expect(nuAt).toBeGreaterThan(namAt)
    expect(squash(text)).toMatch(/Trong đó: Nữ: 3 \(37,5%\)/)
  })

  it('prints the congress roster over several pages, numbered from page 2', async () => {
    const { pdf } = await render(congress.id, { kind: 'list' })
    const pages = await pdfPageTexts(pdf)
    expect(pages.length).toBe(await pdfPageCount(pdf))
    expect(pages.length).toBeGreaterThan(3)
    expect(pages[0]!.trim().startsWith('1')).toBe(false)
    expect(pages[1]!.trim().split('\n')[0]!.trim()).toBe('2')
    expect(squash(pages[pages.length - 1]!)).toContain(`Tổng cộng: ${congress.memberCount}`)
    await writeFile(resolve(artifacts, 'roster-list-p2.png'), await pdfToPng(pdf, 2, 60))
  })

  it('prints the attendance sheet and the composition report', async () => {
    const attendance = await render(delegation.id, { kind: 'attendance' })
    const a = squash(await pdfToText(attendance.pdf))
    expect(a).toContain('DANH SÁCH ĐIỂM DANH')
    expect(a).toContain('Ký tên')
    await writeFile(
      resolve(artifacts, 'roster-attendance.png'),
      await pdfToPng(attendance.pdf, 1, 60)
    )

    const composition = await render(congress.id, { kind: 'composition' })
    const c = squash(await pdfToText(composition.pdf))
    for (const s of [
      'BÁO CÁO CƠ CẤU ĐẠI BIỂU',
      'GIỚI TÍNH',
      'ĐỘ TUỔI',
      'DÂN TỘC',
      'Đối chiếu',
      'Đạt'
    ])
      expect(c).toContain(s)
    await writeFile(
      resolve(artifacts, 'roster-composition.png'),
      await pdfToPng(composition.pdf, 1, 60)
    )
  })

  it('gives the same bytes for the same roster, and marks a draft as such', async () => {
    const a = await render(delegation.id, { kind: 'list' })
    const b = await render(delegation.id, { kind: 'list' })
    expect(a.pdf.equals(b.pdf)).toBe(true)
    await h.call('openRosterVersion', { rosterId: delegation.id, reason: 'Thay đổi nhân sự' })
    const draft = await render(delegation.id, { kind: 'list' })
    expect(squash(await pdfToText(draft.pdf))).toContain('Dự thảo - phiên bản 2')
    const v1 = await render(delegation.id, { kind: 'list' }, 1)
    expect(v1.pdf.equals(a.pdf)).toBe(true)
  })

  it('signs every list with the signer’s authority (TM., KT., Q., TL.)', async () => {
    const signers = [
      { id: 'tm', name: 'Nguyễn Văn Hùng', title: 'Chủ tịch', collective: 'Ủy ban nhân dân' },
      { id: 'kt', name: 'Trần Thị Thu Hà', title: 'Phó Chủ tịch', onBehalfOf: 'Chủ tịch' },
      { id: 'q', name: 'Lê Văn Nam', title: 'Chủ tịch', acting: true },
      {
        id: 'tl',
        name: 'Phạm Thu Trang',
        title: 'Chánh Văn phòng',
        onBehalfOf: 'Chủ tịch',
        delegation: 'TL' as const
      }
    ]
    const before = h.db.data.organisation.signers
    await h.editDelegates((draft) => {
      draft.organisation.signers = signers
    })
    try {
      const expected: Record<string, string[]> = {
        tm: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Văn Hùng'],
        kt: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Thu Hà'],
        q: ['Q. CHỦ TỊCH', 'Lê Văn Nam'],
        tl: ['TL. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Phạm Thu Trang']
      }
      for (const kind of ['list', 'attendance', 'composition'] as const) {
        for (const [signerId, lines] of Object.entries(expected)) {
          const { pdf } = await render(delegation.id, { kind, signerId })
          expect(signatureLines(await pdfTextRuns(pdf), lines[0]!)).toEqual(lines)
        }
      }
    } finally {
      await h.editDelegates((draft) => {
        draft.organisation.signers = before
      })
    }
  })
})
