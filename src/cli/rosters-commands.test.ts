import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfPageCount, pdfToText } from '../core/pdf/testing/pdf-test-tools'
import { runCli } from './index'
import { capture, sampleDataDir } from './testing/cli-run'

describe('dais roster-pdf', () => {
  it('prints a roster found by its name, a chosen version and kind', async () => {
    const { dataDir, eventId } = await sampleDataDir()
    const file = join(dataDir, 'doan.pdf')
    const { io, out, err } = capture()
    const code = await runCli(
      [
        'roster-pdf',
        '--data-dir',
        dataDir,
        '--event',
        eventId,
        '--roster',
        'đoàn đại biểu dự đại hội thi đua yêu nước tỉnh',
        '--version',
        '1',
        '--kind',
        'attendance',
        '-o',
        file
      ],
      io
    )
    expect(err).toEqual([])
    expect(code).toBe(0)
    expect(out[0]).toContain('doan.pdf')
    const pdf = readFileSync(file)
    expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(1)
    expect(await pdfToText(pdf)).toContain('DANH SÁCH ĐIỂM DANH')
  })

  it('says what is wrong with the options or the roster', async () => {
    const { dataDir, eventId } = await sampleDataDir()
    const bad = capture()
    expect(
      await runCli(
        ['roster-pdf', '--event', eventId, '--roster', 'x', '--kind', 'card', '-o', 'a'],
        bad.io
      )
    ).toBe(2)
    expect(bad.err[0]).toContain('--kind must be one of: list, attendance, composition')
    const missing = capture()
    expect(
      await runCli(
        [
          'roster-pdf',
          '--data-dir',
          dataDir,
          '--event',
          eventId,
          '--roster',
          'Không có',
          '-o',
          'a'
        ],
        missing.io
      )
    ).toBe(1)
    expect(missing.err[0]).toContain('NOT_FOUND')
    expect(missing.err[0]).toContain('Đại biểu dự Đại hội')
  })
})

describe('dais export', () => {
  it('writes a roster as CSV in the office layout', async () => {
    const { dataDir, eventId } = await sampleDataDir()
    const file = join(dataDir, 'doan.csv')
    const { io, err } = capture()
    const code = await runCli(
      [
        'export',
        '--data-dir',
        dataDir,
        '--event',
        eventId,
        '--roster',
        'Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh',
        '--format',
        'csv',
        '-o',
        file
      ],
      io
    )
    expect(err).toEqual([])
    expect(code).toBe(0)
    const csv = readFileSync(file, 'utf8')
    expect(csv).toContain('DANH SÁCH ĐOÀN ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC TỈNH')
    expect(csv).toContain('Lê Minh Tuấn')
  })
})
