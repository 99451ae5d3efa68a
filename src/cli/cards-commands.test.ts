import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfPageCount, pdfToText } from '../core/pdf/testing/pdf-test-tools'
import { runCli } from './index'
import { capture, sampleDataDir } from './testing/cli-run'

describe('dais cards, name-tents', () => {
  it("prints the sample event's cards 9-up and its presidium's name tents", async () => {
    const { dataDir, eventId } = await sampleDataDir()
    const cards = join(dataDir, 'the.pdf')
    const c = capture()
    const common = ['--data-dir', dataDir, '--event', eventId]
    expect(await runCli(['cards', ...common, '--order', 'unit', '-o', cards], c.io)).toBe(0)
    expect(c.err).toEqual([])
    expect(await pdfPageCount(readFileSync(cards))).toBe(14)
    const reprint = join(dataDir, 'in-lai.pdf')
    expect(await runCli(['cards', ...common, '--only', '3,7-9', '-o', reprint], c.io)).toBe(0)
    expect((await pdfToText(readFileSync(reprint))).match(/THẺ ĐẠI BIỂU/g)).toHaveLength(4)
    const unknown = capture()
    expect(await runCli(['cards', ...common, '--only', '2,500', '-o', reprint], unknown.io)).toBe(2)
    expect(unknown.err.join('\n')).toContain('no delegate numbered 500')

    const tents = join(dataDir, 'bien-ten.pdf')
    expect(await runCli(['name-tents', ...common, '-o', tents], c.io)).toBe(0)
    expect(await pdfPageCount(readFileSync(tents))).toBeGreaterThan(0)

    const bad = capture()
    expect(await runCli(['cards', ...common, '--sheet', 'A5', '-o', cards], bad.io)).toBe(2)
  })

  it('prints envelope labels on a preset or a custom A4 sheet', async () => {
    const { dataDir, eventId } = await sampleDataDir()
    const common = ['--data-dir', dataDir, '--event', eventId]
    const c = capture()
    const labels = join(dataDir, 'nhan.pdf')
    expect(await runCli(['labels', ...common, '--sheet', 'L7163', '-o', labels], c.io)).toBe(0)
    expect(await pdfToText(readFileSync(labels))).toContain('Kính gửi:')
    const custom = ['--grid', '2x5', '--label', '100x55', '--pitch', '105x57', '--origin', '2.5,6']
    expect(await runCli(['labels', ...common, ...custom, '-o', labels], c.io)).toBe(0)
    expect(c.err).toEqual([])
    const list = capture()
    expect(await runCli(['labels', '--data-dir', dataDir, '--sheet', 'list'], list.io)).toBe(0)
    expect(list.out.join('\n')).toContain('L7160')
    const bad = capture()
    const off = ['--grid', '3x8', '--label', '70x40', '--pitch', '70x40', '--origin', '0x0']
    expect(await runCli(['labels', ...common, ...off, '-o', labels], bad.io)).toBe(1)
    expect(bad.err.join('\n')).toMatch(/past the A4 height/)
  })

  it('prints cards straight from a delegates spreadsheet, nothing stored', async () => {
    const { dataDir } = await sampleDataDir()
    const out = join(dataDir, 'tu-bang-tinh.pdf')
    const c = capture()
    const sheet = join(__dirname, '../../test-fixtures/import/office-roster.xlsx')
    const args = [
      '--data-dir',
      dataDir,
      '--delegates',
      sheet,
      '--title',
      'Hội nghị điển hình tiên tiến'
    ]
    expect(await runCli(['cards', ...args, '--order', 'name', '-o', out], c.io)).toBe(0)
    expect(c.err).toEqual([])
    expect(c.out.join('\n')).toMatch(/\(8 cards on 1 sheets\)/)
    const text = await pdfToText(readFileSync(out))
    expect(text.match(/THẺ ĐẠI BIỂU/g)).toHaveLength(8)
    expect(text).toContain('HỘI NGHỊ ĐIỂN HÌNH TIÊN TIẾN')
  })
})
