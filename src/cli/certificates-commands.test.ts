import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seededService } from '../core/certificates/testing/seeded-service'
import { pdfPages, pdfText } from '../core/certificates/testing/poppler'
import { createAppService } from '../core/app-service'
import { testContext } from '../core/testing/test-context'
import type { CertificateOrderEntry } from '@shared/certificates/contract'
import type { Template } from '@shared/certificates/entities'
import { runCaptured as run } from './testing/cli-run'

describe('dais certificates / calibration-sheet', () => {
  it('prints selected certificates of an event in stage order, and refuses bad input', async () => {
    const { ctx, service, eventId } = await seededService({ rounds: true })
    await service.close()
    const dir = mkdtempSync(join(tmpdir(), 'dais-cli-cert-'))
    const out = join(dir, 'gk.pdf')
    const args = ['certificates', '--event', eventId, '--data-dir', ctx.dataDir]
    const ok = await run([
      ...args,
      '--template',
      'Giấy khen — in trên phôi A4 ngang',
      '--only',
      '1,7-9',
      '-o',
      out
    ])
    expect(ok).toMatchObject({ code: 0 })
    const pdf = readFileSync(out)
    expect(pdfPages(pdf)).toBe(4)
    const pages = pdfText(pdf).split('\f')
    expect(pages[1]).toContain('Trường Trung học cơ sở Nguyễn Trường Tộ')
    expect(pages[2]).toContain('Hợp tác xã Dịch vụ Nông nghiệp Tiền Phong')
    expect((await run([...args, '--template', 'Không có', '-o', out])).code).toBe(1)
    expect(
      (await run([...args, '--template', 'builtin-blank-a4', '--only', '99', '-o', out])).err
    ).toMatch(/no certificate at position 99/)
    expect((await run(['certificates', '--template', 'x'])).code).toBe(2)
  })

  it('records in the register only the sheets the user says came out, never the file', async () => {
    const { ctx, service, eventId, decisionId } = await seededService({ issued: true })
    const args = ['--event', eventId, '--data-dir', ctx.dataDir]
    await service.close()
    const dir = mkdtempSync(join(tmpdir(), 'dais-cli-printed-'))
    const made = await run([
      'certificates',
      ...args,
      '--template',
      'builtin-blank-a4',
      '-o',
      join(dir, 'gk.pdf')
    ])
    expect(made.code).toBe(0)
    expect((await run(['printed', ...args, '--spoiled', '3'])).code).toBe(2)
    const ok = await run([
      'printed',
      ...args,
      '--pages',
      '1-2,4',
      '--spoiled',
      '3',
      '--reason',
      'Kẹt giấy'
    ])
    expect(ok).toMatchObject({ code: 0 })
    expect(ok.out).toMatch(/3 printed, 1 spoiled/)
    const again = await run(['printed', ...args, '--pages', '1'])
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/reason for the reprint/)
    const after = await createAppService(ctx)
    const read = await after.dispatch('certificateOrder', { decisionId })
    await after.close()
    const reopened = (read.ok ? read.value : []) as CertificateOrderEntry[]
    expect(reopened.slice(0, 5).map((o) => [o.printed, o.spoiled])).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
      [1, 0],
      [0, 0]
    ])
  })

  it('prints certificates straight from an honorees spreadsheet', async () => {
    const { ctx, service } = await seededService()
    await service.close()
    const out = join(mkdtempSync(join(tmpdir(), 'dais-cli-xlsx-')), 'gk.pdf')
    const xlsx = resolve(__dirname, '..', '..', 'test-fixtures', 'import', 'honorees.xlsx')
    const r = await run([
      'certificates',
      '--honorees',
      xlsx,
      '--template',
      'builtin-full-a4',
      '--decision-number',
      '125/QĐ-UBND',
      '--decision-date',
      '2025-09-05',
      '--confirm-overflow',
      '-o',
      out,
      '--data-dir',
      ctx.dataDir
    ])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(pdfPages(readFileSync(out))).toBeGreaterThan(0)
    expect(pdfText(readFileSync(out))).toContain('Quyết định số 125/QĐ-UBND ngày 05/9/2025')
  })

  it('prints from a spreadsheet with no data folder, and leaves none behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dais-cli-xlsx-'))
    const dataDir = join(dir, 'no-data-yet')
    const xlsx = resolve(__dirname, '..', '..', 'test-fixtures', 'import', 'honorees.xlsx')
    const args = ['certificates', '--template', 'Giấy khen — in trên phôi A4 ngang']
    const out = join(dir, 'gk.pdf')
    const more = ['--confirm-overflow', '-o', out, '--data-dir', dataDir]
    expect(await run([...args, '--honorees', xlsx, ...more])).toMatchObject({ code: 0, err: '' })
    expect(pdfPages(readFileSync(out))).toBe(7)
    expect(existsSync(dataDir)).toBe(false)
    const missing = await run([...args, '--honorees', join(dir, 'gone.xlsx'), ...more])
    expect(missing).toMatchObject({
      code: 1,
      err: `${join(dir, 'gone.xlsx')}: the file cannot be read (ENOENT).`
    })
  })

  it('reads the organisation as saved while the app has the folder open, and opens a damaged one', async () => {
    const ctx = testContext()
    const service = await createAppService(ctx)
    await service.dispatch('updateOrganisation', { placeName: 'An Bình' })
    await service.flush()
    const out = join(mkdtempSync(join(tmpdir(), 'dais-cli-xlsx-')), 'gk.pdf')
    const xlsx = resolve(__dirname, '..', '..', 'test-fixtures', 'import', 'honorees.xlsx')
    const args = ['certificates', '--honorees', xlsx, '--template', 'builtin-blank-a4']
    const more = ['--decision-date', '2025-09-05', '--confirm-overflow', '-o', out]
    const open = await run([...args, ...more, '--data-dir', ctx.dataDir])
    await service.close()
    expect(open).toMatchObject({ code: 0, err: '' })
    expect(pdfText(readFileSync(out))).toContain('An Bình, ngày 05 tháng 9 năm 2025')

    writeFileSync(join(ctx.dataDir, 'dais-data.json'), '{"format":"dais-data",')
    const damaged = await run([...args, ...more, '--data-dir', ctx.dataDir])
    expect(damaged.code).toBe(0)
    expect(readdirSync(ctx.dataDir).some((f) => f.startsWith('dais-data.corrupt-'))).toBe(true)
  })

  it('refuses a spreadsheet whose names do not fit, lists them all and writes nothing', async () => {
    const { ctx, service } = await seededService()
    const copy = await service.dispatch('duplicateTemplate', { id: 'builtin-blank-a4' })
    if (!copy.ok) throw new Error(copy.error.message)
    const template = copy.value as Template
    const narrow = {
      ...template,
      fields: template.fields.map((f) => (f.id === 'recipient' ? { ...f, widthMm: 10 } : f))
    }
    expect(await service.dispatch('saveTemplate', { template: narrow })).toMatchObject({ ok: true })
    await service.close()
    const out = join(mkdtempSync(join(tmpdir(), 'dais-cli-xlsx-')), 'gk.pdf')
    const xlsx = resolve(__dirname, '..', '..', 'test-fixtures', 'import', 'honorees.xlsx')
    const args = ['certificates', '--honorees', xlsx, '--template', template.id, '-o', out]
    const refused = await run([...args, '--data-dir', ctx.dataDir])
    expect(refused.code).toBe(1)
    const [first, ...lines] = refused.err.split('\n')
    expect(first).toBe(
      `INCOMPLETE: ${lines.length} text(s) cannot be printed as they are (use --confirm-overflow for overflows):`
    )
    // every individual's name (rows 4–7; the three units print elsewhere), not only the first
    expect(lines.map((l) => /^ {2}overflow · (\d+) · /.exec(l)?.[1])).toEqual(['4', '5', '6', '7'])
    expect(existsSync(out)).toBe(false)
    const confirmed = await run([...args, '--confirm-overflow', '--data-dir', ctx.dataDir])
    expect(confirmed).toMatchObject({ code: 0, err: '' })
    expect(pdfPages(readFileSync(out))).toBe(7)
  })

  it('writes a calibration sheet of the asked size', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dais-cli-cal-')), 'cal.pdf')
    expect(
      await run(['calibration-sheet', '--size', 'A3', '--landscape', '-o', out])
    ).toMatchObject({ code: 0 })
    expect(pdfText(readFileSync(out))).toContain('420 × 297 mm')
  })
})
