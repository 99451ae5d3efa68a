import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pdfTextRuns } from '../pdf/testing/pdf-test-tools'
import { renderBatch, testCopyMark } from './batch'
import { createFontSet } from './fonts'
import { shippedTemplates } from './templates'
import { pdfText } from './testing/poppler'
import { sampleBatchItems } from './testing/sample-decision'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const artifacts = resolve(__dirname, '..', '..', '..', 'test-results', 'artifacts')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])
// A 1 × 1 PNG standing in for the scan of the blank.
const scan =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='
const blank = {
  ...shippedTemplates(resourcesDir).find((t) => t.id === 'builtin-blank-a4')!,
  background: { mime: 'image/png' as const, dataBase64: scan }
}

async function render(plainPaperTest: boolean): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'dais-test-copy-'))
  const targetPath = join(dir, 'batch.pdf')
  await renderBatch({
    template: blank,
    fonts,
    profile: null,
    plainPaperTest,
    items: sampleBatchItems(2),
    output: 'single',
    title: 't',
    creationDate: new Date('2025-09-05T08:00:00.000Z'),
    targetPath
  })
  return readFileSync(targetPath)
}

function images(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), 'dais-test-copy-'))
  writeFileSync(join(dir, 'in.pdf'), pdf)
  const list = execFileSync('pdfimages', ['-list', join(dir, 'in.pdf')], { encoding: 'utf8' })
  return list.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l)).length
}

describe('the plain-paper test copy', () => {
  it('prints the blank’s scan, its pre-printed text and a large diagonal "BẢN IN THỬ"', async () => {
    const pdf = await render(true)
    writeFileSync(resolve(artifacts, 'certificate-test-copy.pdf'), pdf)
    const text = pdfText(pdf)
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(images(pdf)).toBeGreaterThanOrEqual(2)
    const runs = await pdfTextRuns(pdf)
    const marks = runs.filter((r) => r.text === testCopyMark)
    expect(marks.map((m) => m.page)).toEqual([1, 2])
    // Across most of the landscape A4 sheet (842 pt wide): no one takes it for a certificate.
    for (const m of marks) expect(m.width).toBeGreaterThan(500)
  })

  it('leaves all of it off the real print on the blank', async () => {
    const pdf = await render(false)
    const text = pdfText(pdf)
    expect(text).not.toContain(testCopyMark)
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(images(pdf)).toBe(0)
  })
})
