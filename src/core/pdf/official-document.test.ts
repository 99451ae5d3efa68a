import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Organisation } from '@shared/entities'
import { placeDateLine, shortVietnameseDate, vietnameseDate } from '@shared/dates/vietnamese-date'
import { loadBundledFonts } from './fonts'
import { createOfficialDocument, type TableRow } from './official-document'
import {
  pdfFonts,
  pdfInfo,
  pdfPageTexts,
  pdfTextRuns,
  pdfToPng,
  pdfToText,
  type PdfTextRun
} from './testing/pdf-test-tools'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const artifacts = resolve(__dirname, '..', '..', '..', 'test-results', 'artifacts')

const organisation: Organisation = {
  authorityName: 'Ủy ban nhân dân phường Tiền Phong',
  headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TIỀN PHONG'],
  placeName: 'Tiền Phong',
  documentSymbol: 'QĐ-UBND',
  signers: [],
  logo: null
}

const creationDate = new Date('2025-09-05T08:00:00Z')

function rows(n: number): TableRow[] {
  const out: TableRow[] = [{ group: 'I. TẬP THỂ (14)' }]
  for (let i = 1; i <= n; i++) {
    out.push({
      cells: [String(i), `Tổ dân phố số ${i}`, `phường Tiền Phong, khu dân cư ${i}`, `${i}/GK-2025`]
    })
  }
  return out
}

async function sample(opts: { rows?: number; orientation?: 'portrait' | 'landscape' } = {}) {
  const d = createOfficialDocument({
    organisation,
    fonts: loadBundledFonts(resourcesDir),
    orientation: opts.orientation ?? 'portrait',
    creationDate,
    title: 'Quyết định khen thưởng'
  })
  d.header({ number: '125/QĐ-UBND', place: 'Tiền Phong', date: '2025-09-05' })
  d.title(['QUYẾT ĐỊNH'], {
    subtitle: 'Về việc khen thưởng các tập thể, cá nhân và hộ gia đình'
  })
  // NFD on purpose: the kit composes it.
  d.paragraph('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;'.normalize('NFD'), {
    italic: true
  })
  d.paragraph(
    'Tặng Giấy khen cho 14 tập thể, 13 cá nhân và 04 hộ gia đình đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025 trên địa bàn phường Tiền Phong.'
  )
  d.table({
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Tên tập thể / Họ và tên', widthMm: 60 },
      { header: 'Chức vụ, đơn vị / Địa chỉ', widthMm: 68 },
      { header: 'Số sổ', widthMm: 25, align: 'center' }
    ],
    rows: rows(opts.rows ?? 5)
  })
  d.signerBlock({
    signer: { name: 'Trần Thị Thu Hà', title: 'Phó Chủ tịch', onBehalfOf: 'Chủ tịch' },
    recipients: ['Như Điều 3', 'Thường trực Đảng ủy phường', 'Lưu: VT, TĐKT']
  })
  return d.finish()
}

describe('document dates', () => {
  it('writes leading zeros for days 1–9 and months 1–2 only', () => {
    expect(vietnameseDate('2025-09-05')).toBe('ngày 05 tháng 9 năm 2025')
    expect(vietnameseDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026')
    expect(vietnameseDate('2026-01-01')).toBe('ngày 01 tháng 01 năm 2026')
    expect(vietnameseDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025')
    expect(vietnameseDate('2025-03-10')).toBe('ngày 10 tháng 3 năm 2025')
    expect(placeDateLine('Tiền Phong', '2025-09-05')).toBe('Tiền Phong, ngày 05 tháng 9 năm 2025')
    expect(placeDateLine('  ', '2025-09-12')).toBe('……………, ngày 12 tháng 9 năm 2025')
    expect(shortVietnameseDate('2025-09-05')).toBe('05/9/2025')
    expect(shortVietnameseDate('2025-02-05')).toBe('05/02/2025')
    expect(vietnameseDate(null)).toMatch(/^ngày +tháng +năm$/)
  })
})

describe('official document', () => {
  it('prints the Decree 30 header, number and place-date line as real NFC text', async () => {
    const pdf = await sample()
    const text = await pdfToText(pdf)
    for (const line of [
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TIỀN PHONG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 125/QĐ-UBND',
      'Tiền Phong, ngày 05 tháng 9 năm 2025',
      'QUYẾT ĐỊNH',
      'Căn cứ Luật Thi đua, khen thưởng',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Thị Thu Hà',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT, TĐKT.'
    ]) {
      expect(text).toContain(line)
    }
    expect(text).toBe(text.normalize('NFC'))
    // The number and the place-date line share a row, the number on the left.
    const row = text.split('\n').find((l) => l.includes('Số: 125/QĐ-UBND')) ?? ''
    expect(row.indexOf('Số:')).toBeLessThan(row.indexOf('Tiền Phong, ngày'))
    await mkdir(artifacts, { recursive: true })
    await writeFile(resolve(artifacts, 'official-document.pdf'), pdf)
    await writeFile(resolve(artifacts, 'official-document-p1.png'), await pdfToPng(pdf, 1, 80))
  })

  it('embeds subset fonts with Unicode maps', async () => {
    const fonts = await pdfFonts(await sample())
    expect(fonts.length).toBeGreaterThanOrEqual(3)
    for (const f of fonts) {
      expect(f).toMatchObject({ embedded: true, subset: true, unicode: true })
      expect(f.name).toMatch(/^[A-Z]{6}\+(Tinos|Arimo)/)
    }
  })

  it('gives identical bytes for identical input, with the given dates', async () => {
    const a = await sample({ rows: 40 })
    const b = await sample({ rows: 40 })
    expect(a.equals(b)).toBe(true)
    const info = await pdfInfo(a)
    expect(info['Title']).toBe('Quyết định khen thưởng')
    expect(info['Producer']).toBe('Dais')
    expect(info['CreationDate']).toContain('2025')
  })

  it('repeats the table header on each page and numbers pages from page 2', async () => {
    const pdf = await sample({ rows: 70 })
    const pages = await pdfPageTexts(pdf)
    expect(pages.length).toBeGreaterThanOrEqual(3)
    const firstLines = pages.map((p) =>
      p
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim()
    )
    expect(firstLines[0]).toContain('ỦY BAN NHÂN DÂN')
    firstLines.slice(1).forEach((line, i) => expect(line).toBe(String(i + 2)))
    const tablePages = pages.filter((p) => /Tổ dân phố số \d+/.test(p))
    expect(tablePages.length).toBeGreaterThanOrEqual(2)
    for (const p of tablePages) expect(p).toContain('Tên tập thể / Họ và tên')
    // Every row exactly once, in order, none split.
    const all = pages.join('\n')
    const order = [...all.matchAll(/Tổ dân phố số (\d+)\b/g)].map((m) => Number(m[1]))
    expect(order).toEqual(Array.from({ length: 70 }, (_, i) => i + 1))
    await writeFile(resolve(artifacts, 'official-document-p2.png'), await pdfToPng(pdf, 2, 80))
  })

  it('lays out landscape pages', async () => {
    const pdf = await sample({ orientation: 'landscape', rows: 3 })
    const info = await pdfInfo(pdf)
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28/)
    await writeFile(
      resolve(artifacts, 'official-document-landscape.png'),
      await pdfToPng(pdf, 1, 60)
    )
  })
})

describe('table header rows', () => {
  it('merges an empty column header into the single-column cell above it', async () => {
    const d = createOfficialDocument({
      organisation,
      fonts: loadBundledFonts(resourcesDir),
      orientation: 'landscape',
      creationDate,
      title: 'Danh sách trích ngang'
    })
    d.header({ place: 'Tiền Phong', date: '2025-09-05' })
    d.title(['DANH SÁCH TRÍCH NGANG'], { subtitle: 'Đại biểu dự Đại hội', note: '(Kèm theo …)' })
    d.table({
      headerRows: [
        [
          { header: 'STT', span: 1 },
          { header: 'Họ và tên', span: 1 },
          { header: 'Năm sinh', span: 2 },
          { header: 'Đơn vị', span: 1 }
        ]
      ],
      columns: [
        { header: '', widthMm: 12, align: 'center' },
        { header: '', widthMm: 70 },
        { header: 'Nam', widthMm: 20, align: 'center' },
        { header: 'Nữ', widthMm: 20, align: 'center' },
        { header: '', widthMm: 120 }
      ],
      rows: [
        { cells: ['1', 'Nguyễn Văn An', '1970', '', 'Tổ dân phố số 1'] },
        { cells: ['2', 'Trần Thị Bình', '', '1985', 'Hội Liên hiệp Phụ nữ phường'] }
      ]
    })
    d.signerBlock({ signer: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' } })
    const pdf = await d.finish()
    const text = await pdfToText(pdf)
    expect(text).not.toContain('Số:')
    const header = text.split('\n').filter((l) => /Năm sinh|Nam +Nữ/.test(l))
    expect(header.length).toBeGreaterThanOrEqual(2)
    expect(text).toMatch(/Nguyễn Văn An +1970/)
    expect(text).toMatch(/Trần Thị Bình +1985/)
    await mkdir(artifacts, { recursive: true })
    await writeFile(
      resolve(artifacts, 'official-document-header-rows.png'),
      await pdfToPng(pdf, 1, 60)
    )
  })
})

describe('page breaks', () => {
  it('never leaves a group line at the bottom of a page, and long text flows on', async () => {
    const d = createOfficialDocument({
      organisation,
      fonts: loadBundledFonts(resourcesDir),
      orientation: 'portrait',
      creationDate,
      title: 'Danh sách'
    })
    d.header({ place: 'Tiền Phong', date: '2025-09-05' })
    d.paragraph('Đoạn văn rất dài. '.repeat(400))
    const rows: TableRow[] = []
    // Uneven group sizes so that, without keep-with-next, some group would end a page.
    for (let g = 1; g <= 120; g++) {
      rows.push({ group: `Nhóm số ${g}` })
      for (let i = 1; i <= ((g * 7) % 6) + 1; i++)
        rows.push({ cells: [String(i), `Người ${g}.${i}`] })
    }
    d.table({
      columns: [
        { header: 'STT', widthMm: 15, align: 'center' },
        { header: 'Họ và tên', widthMm: 100 }
      ],
      rows
    })
    const pages = await pdfPageTexts(await d.finish())
    expect(pages.length).toBeGreaterThanOrEqual(4)
    for (const page of pages) {
      const lines = page.split('\n').filter((l) => l.trim() !== '')
      expect(lines.at(-1)).not.toMatch(/Nhóm số/)
    }
    const groups = [...pages.join('\n').matchAll(/Nhóm số (\d+)/g)].map((m) => Number(m[1]))
    expect(groups).toEqual(Array.from({ length: 120 }, (_, i) => i + 1))
  })
})

describe('repeated blocks', () => {
  const letters = (opts: { repeat: boolean; longNames?: boolean }) => {
    const d = createOfficialDocument({
      organisation,
      fonts: loadBundledFonts(resourcesDir),
      orientation: 'portrait',
      creationDate,
      title: 'Giấy mời',
      pageNumbers: false
    })
    const block = (key: string, draw: () => void) => (opts.repeat ? d.repeat(key, draw) : draw())
    for (let i = 1; i <= 3; i++) {
      if (i > 1) d.pageBreak()
      block('top', () => {
        d.header({ number: '15/GM-UBND', place: 'Tiền Phong', date: '2025-09-05' })
        d.title(['GIẤY MỜI'], { rule: false })
      })
      d.paragraph(`Kính gửi: Ông Người số ${i}`, { align: 'left' })
      d.paragraph('Tổ dân phố, '.repeat(i * 4), { italic: true })
      // the third letter's closing no longer fits under it: the signer moves to a new page
      if (opts.longNames && i === 3) d.space(190)
      block('body', () => {
        d.paragraph('Trân trọng kính mời ông đến dự Đại hội.')
        d.signerBlock({ signer: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' }, recipients: [] })
      })
    }
    return d.finish()
  }

  it('puts every mark where drawing each page afresh puts it', async () => {
    const place = (r: PdfTextRun) =>
      `${r.page} ${r.font} ${r.x.toFixed(1)} ${r.y.toFixed(1)} ${r.text}`
    const repeated = (await pdfTextRuns(await letters({ repeat: true }))).map(place)
    const drawn = (await pdfTextRuns(await letters({ repeat: false }))).map(place)
    expect(repeated).toEqual(drawn)
    expect(repeated.filter((r) => r.includes('GIẤY MỜI'))).toHaveLength(3)
  })

  it('draws a block afresh when it would run past the bottom margin', async () => {
    const place = (r: PdfTextRun) =>
      `${r.page} ${r.font} ${r.x.toFixed(1)} ${r.y.toFixed(1)} ${r.text}`
    const repeated = (await pdfTextRuns(await letters({ repeat: true, longNames: true }))).map(
      place
    )
    const drawn = (await pdfTextRuns(await letters({ repeat: false, longNames: true }))).map(place)
    expect(repeated).toEqual(drawn)
    expect(repeated.filter((r) => r.includes('Nguyễn Văn Hùng'))).toEqual([
      expect.stringMatching(/^1 /),
      expect.stringMatching(/^2 /),
      expect.stringMatching(/^4 /)
    ])
    expect(repeated.filter((r) => r.includes('Trân trọng kính mời'))).toEqual([
      expect.stringMatching(/^1 /),
      expect.stringMatching(/^2 /),
      expect.stringMatching(/^3 /)
    ])
  })
})
