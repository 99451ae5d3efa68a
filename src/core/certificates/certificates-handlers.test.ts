import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { afterEach, describe, expect, it } from 'vitest'
import type { CertificateOrderEntry, LayoutWarning } from '@shared/certificates/contract'
import type { Template } from '@shared/certificates/entities'
import type { FileOut } from '@shared/contract-part'
import type { RegisterEntry } from '@shared/honours/entities'
import type { AppService } from '../app-service'
import { pdfPages, pdfText } from './testing/poppler'
import { seededService } from './testing/seeded-service'
import { openDatabase, readSavedFile } from '../storage/database'
import { createAppService } from '../app-service'
import { migrations } from '../schema/migrations'
import {
  currentSchemaVersion,
  emptyDatabase,
  validateDatabase,
  type DatabaseData
} from '../schema/database-schema'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})
const open = async (opts: Parameters<typeof seededService>[0] = {}) => {
  const s = await seededService(opts)
  services.push(s.service)
  return s
}
const bytesOf = (f: FileOut) => Buffer.from(f.contentBase64, 'base64')
const fileIn = (fileName: string, bytes: Buffer | string) => ({
  fileName,
  contentBase64: Buffer.from(bytes).toString('base64')
})
const batch = (over: Record<string, unknown> = {}) => ({
  jobId: 'job-1',
  decisionId: 'd-125',
  templateId: 'builtin-blank-a4',
  profileId: null,
  output: 'single',
  plainPaperTest: false,
  confirmOverflow: false,
  ...over
})

describe('templates', () => {
  it('ships four frozen templates; a duplicate can be edited, exported and imported', async () => {
    const { call, service } = await open()
    const shipped = await call<Template[]>('listTemplates', {})
    expect(shipped.map((t) => t.name)).toEqual([
      'Certificate of Merit',
      'Giấy khen — bản đầy đủ A4 ngang',
      'Giấy khen — in trên phôi A4 ngang',
      'Ehrenurkunde (A4 quer)'
    ])
    const full = shipped.find((t) => t.id === 'builtin-full-a4')!
    const refused = await service.dispatch('saveTemplate', { template: { ...full, name: 'x' } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'FROZEN' } })
    expect(await service.dispatch('deleteTemplate', { id: full.id })).toMatchObject({
      ok: false,
      error: { code: 'FROZEN' }
    })

    const copy = await call<Template>('duplicateTemplate', { id: full.id })
    expect(copy).toMatchObject({
      builtIn: false,
      name: 'Giấy khen — bản đầy đủ A4 ngang (bản sao)'
    })
    const edited = await call<Template>('saveTemplate', {
      template: { ...copy, page: { widthMm: 420, heightMm: 297 } }
    })
    expect(edited.page.widthMm).toBe(420)
    expect(await call<Template>('getTemplate', { id: copy.id })).toEqual(edited)

    const file = await call<FileOut>('exportTemplate', { id: copy.id })
    const imported = await call<Template>('importTemplate', {
      file: { fileName: file.fileName, contentBase64: file.contentBase64 }
    })
    expect(imported.id).not.toBe(copy.id)
    expect(imported.fields).toEqual(edited.fields)
    expect(imported.name).toBe(`${edited.name} (2)`)
    expect(await call<Template[]>('listTemplates', {})).toHaveLength(6)
    await call('deleteTemplate', { id: imported.id })
    expect(await call<Template[]>('listTemplates', {})).toHaveLength(5)
  })

  it('refuses malformed template files and files from a newer version', async () => {
    const { service, call } = await open()
    const file = JSON.parse(
      bytesOf(await call<FileOut>('exportTemplate', { id: 'builtin-blank-a4' })).toString('utf8')
    )
    const cases: [string, string | Buffer, RegExp][] = [
      ['garbage.json', Buffer.from([0, 1, 2, 255]), /not a Dais template/],
      ['other.json', JSON.stringify({ hello: 1 }), /not a Dais certificate template/],
      ['newer.json', JSON.stringify({ ...file, version: 99 }), /newer version of Dais/],
      [
        'broken.json',
        JSON.stringify({ ...file, template: { ...file.template, fields: 'x' } }),
        /damaged: fields/
      ]
    ]
    for (const [name, bytes, message] of cases) {
      const r = await service.dispatch('importTemplate', { file: fileIn(name, bytes) })
      expect(r).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FILE' } })
      expect(!r.ok && r.error.message).toMatch(message)
    }
  })
})

describe('template images', () => {
  const garbage = {
    mime: 'image/png',
    dataBase64: Buffer.from('not an image at all').toString('base64')
  }

  it('refuses garbage bytes as a background when saving, and names the image', async () => {
    const { service, call } = await open()
    const copy = await call<Template>('duplicateTemplate', { id: 'builtin-full-a4' })
    const refused = await service.dispatch('saveTemplate', {
      template: { ...copy, background: garbage }
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(!refused.ok && refused.error.message).toMatch(/^background: .*not a PNG/)
    const jpeg = {
      mime: 'image/jpeg',
      dataBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 2]).toString('base64')
    }
    expect(
      await service.dispatch('saveTemplate', { template: { ...copy, background: jpeg } })
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })

  it('a stored template with a broken image is refused by the check, not by the printer', async () => {
    const { service, call, ctx } = await open()
    const copy = await call<Template>('duplicateTemplate', { id: 'builtin-full-a4' })
    await service.close()
    const db = await openDatabase<DatabaseData>({
      dataDir: ctx.dataDir,
      schemaVersion: currentSchemaVersion,
      migrations,
      defaults: emptyDatabase,
      validate: validateDatabase,
      clock: ctx.clock,
      appVersion: ctx.appVersion
    })
    await db.mutate((d) => {
      d.certificates.templates.find((t) => t.id === copy.id)!.background = garbage as never
    })
    await db.close()
    const again = await createAppService(ctx)
    services.push(again)
    const check = await again.dispatch('checkCertificateBatch', {
      decisionId: 'd-125',
      templateId: copy.id,
      profileId: null
    })
    expect(check).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(!check.ok && check.error.message).toContain('background')
    const batchResult = await again.dispatch(
      'renderCertificateBatch',
      batch({ templateId: copy.id })
    )
    expect(batchResult).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })
})

describe('fonts', () => {
  it('lists the bundled styles, adds a font with full Vietnamese and refuses one without', async () => {
    const { call, service, ctx } = await open()
    expect(await call('listFonts', {})).toHaveLength(8)
    const tinos = readFileSync(join(ctx.resourcesDir, 'fonts', 'Tinos-Bold.ttf'))
    const added = await call<{ id: string }>('addFont', {
      family: 'Times Office',
      style: 'bold',
      file: fileIn('times-bold.ttf', tinos)
    })
    expect(added).toMatchObject({ family: 'Times Office', style: 'bold', builtIn: false })
    const stored = readdirSync(join(ctx.dataDir, 'fonts'))
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatch(/^[0-9a-f]{64}\.font$/)
    expect(await call('listFonts', {})).toHaveLength(9)

    // an ASCII-only subset of Tinos: no Vietnamese letters
    const font = fontkit.create(tinos) as fontkit.Font
    const subset = font.createSubset()
    for (const ch of 'ABCabc') subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!))
    const r = await service.dispatch('addFont', {
      family: 'Latin Only',
      style: 'regular',
      file: fileIn('latin.ttf', Buffer.from(subset.encode()))
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'MISSING_GLYPHS' } })
    const missing = !r.ok && (r.error.details as { missing: string[] }).missing
    expect(missing).toContain('ẫ')
    expect(missing).toContain('Đ')
    const junk = await service.dispatch('addFont', {
      family: 'Junk',
      style: 'regular',
      file: fileIn('junk.ttf', 'not a font at all')
    })
    expect(junk).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_FILE' } })
  })
})

describe('presentation order', () => {
  it('follows the protocol order without rounds and the stage order with them', async () => {
    const plain = await open()
    const order = await plain.call<CertificateOrderEntry[]>('certificateOrder', {
      decisionId: 'd-125'
    })
    expect(order).toHaveLength(31)
    expect(order.slice(0, 2).map((o) => o.nameLine)).toEqual(['Tổ dân phố số 1', 'Tổ dân phố số 3'])
    expect(order[14]).toMatchObject({
      position: 15,
      nameLine: 'Ông Nguyễn Văn An',
      registerNumber: '15/GK-2025'
    })
    expect(order[30]!.nameLine).toBe('Hộ gia đình bà Mai Thị Xuân')

    const staged = await open({ rounds: true })
    const stage = await staged.call<CertificateOrderEntry[]>('certificateOrder', {
      decisionId: 'd-125'
    })
    expect(stage.map((o) => o.honoreeId).slice(6, 9)).toEqual([
      'h-collective-7',
      'h-collective-14',
      'h-collective-13'
    ])
    expect(new Set(stage.map((o) => o.honoreeId)).size).toBe(31)
  })
})

describe('batch', () => {
  it('makes 31 certificates in stage order and records only the sheets the user confirms', async () => {
    const { call, service, ctx } = await open({ rounds: true })
    const progress: number[] = []
    service.onEvent((e) => {
      if (e.type === 'progress' && e.payload.jobId === 'job-1') progress.push(e.payload.done)
    })
    const order = await call<CertificateOrderEntry[]>('certificateOrder', { decisionId: 'd-125' })
    const out = await call<FileOut>('renderCertificateBatch', batch())
    expect(out.contentType).toBe('application/pdf')
    const pdf = bytesOf(out)
    expect(pdfPages(pdf)).toBe(31)
    const pages = pdfText(pdf).split('\f')
    order.forEach((o, i) => expect(pages[i]!.replace(/\s+/g, ' ')).toContain(o.nameLine))
    expect(progress.at(-1)).toBe(31)
    // Making the file again is free: nothing was printed yet as far as the register knows.
    await call<FileOut>('renderCertificateBatch', batch({ jobId: 'job-2', only: [5] }))
    const untouched = await call<CertificateOrderEntry[]>('certificateOrder', {
      decisionId: 'd-125'
    })
    expect(untouched.every((o) => o.printed === 0 && o.spoiled === 0)).toBe(true)

    // The user says pages 1–31 came out right except page 5, which jammed.
    const entry = (position: number) => order[position - 1]!.registerEntryId!
    await call('recordRegisterPrints', {
      printed: order.filter((o) => o.position !== 5).map((o) => o.registerEntryId),
      spoiled: [{ entryId: entry(5), reason: 'Kẹt giấy' }],
      reprintReason: '',
      batchId: 'job-1'
    })
    // Page 5 printed again comes out right: its first good sheet, no reason needed.
    await call('recordRegisterPrints', {
      printed: [entry(5)],
      spoiled: [],
      reprintReason: '',
      batchId: 'job-2'
    })
    // A second good sheet of page 6 is a reprint (cấp lại) and needs its reason.
    const refused = await service.dispatch('recordRegisterPrints', {
      printed: [entry(6)],
      spoiled: [],
      reprintReason: ' ',
      batchId: null
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'INCOMPLETE', details: { reprintReasonRequired: true } }
    })
    await call('recordRegisterPrints', {
      printed: [entry(6)],
      spoiled: [],
      reprintReason: 'Sai tên, đã sửa',
      batchId: null
    })
    const after = await call<CertificateOrderEntry[]>('certificateOrder', { decisionId: 'd-125' })
    expect(after.map((o) => [o.printed, o.spoiled]).slice(3, 7)).toEqual([
      [1, 0],
      [1, 1],
      [2, 0],
      [1, 0]
    ])
    await service.flush()
    const saved = (await readSavedFile(ctx.dataDir)).data as {
      honours: { register: RegisterEntry[] }
    }
    const fifth = saved.honours.register.find((r) => r.id === entry(5))!
    expect(fifth.prints.map((p) => [p.kind, p.reason, p.batchId])).toEqual([
      ['spoiled', 'Kẹt giấy', 'job-1'],
      ['print', '', 'job-2']
    ])
  })

  it.each(['x/../../../../../victim-dir/victim', '..', '..\\..\\victim', '/tmp/victim', 'a\0b'])(
    'refuses the job id %j: nothing is created or deleted outside the data folder',
    async (jobId) => {
      // The data folder sits in a parent of its own, so no other test's files appear beside it.
      const outside = mkdtempSync(join(tmpdir(), 'dais-job-id-'))
      const { service, ctx } = await open({ dataDir: join(outside, 'data') })
      const before = readdirSync(outside).sort()
      const refused = await service.dispatch('renderCertificateBatch', batch({ jobId }))
      expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
      expect(readdirSync(outside).sort()).toEqual(before)
      expect(existsSync(join(ctx.dataDir, 'exports'))).toBe(false)
    }
  )

  it('a plain-paper test records nothing; a zip holds one PDF per certificate', async () => {
    const { call, ctx } = await open()
    const test = bytesOf(
      await call<FileOut>('renderCertificateBatch', batch({ plainPaperTest: true, only: [1, 2] }))
    )
    expect(pdfText(test)).toContain('BẢN IN THỬ')
    const zip = await call<FileOut>(
      'renderCertificateBatch',
      batch({ jobId: 'z', output: 'zip', only: [1, 15, 31] })
    )
    expect(zip.contentType).toBe('application/zip')
    const { unzipSync } = await import('fflate')
    const entries = unzipSync(bytesOf(zip))
    expect(Object.keys(entries)).toEqual([
      '001_Tổ dân phố số 1.pdf',
      '015_Ông Nguyễn Văn An.pdf',
      '031_Hộ gia đình bà Mai Thị Xuân.pdf'
    ])
    expect(pdfText(entries['015_Ông Nguyễn Văn An.pdf']!)).toContain('Ông Nguyễn Văn An')
    // Neither a temporary file nor the finished batch stays in the data folder.
    expect(readdirSync(join(ctx.dataDir, 'exports'))).toEqual([])
  })

  it('stops before rendering on overflow unless confirmed, and on unprintable glyphs', async () => {
    const { call, service } = await open()
    const copy = await call<Template>('duplicateTemplate', { id: 'builtin-blank-a4' })
    const tiny = {
      ...copy,
      fields: copy.fields.map((f) => (f.id === 'recipient' ? { ...f, widthMm: 40 } : f))
    }
    await call('saveTemplate', { template: tiny })
    const check = await call<{ count: number; problems: LayoutWarning[] }>(
      'checkCertificateBatch',
      {
        decisionId: 'd-125',
        templateId: copy.id
      }
    )
    expect(check.count).toBe(31)
    expect(check.problems.length).toBeGreaterThan(5)
    expect(check.problems.every((p) => p.kind === 'overflow' && p.fieldId === 'recipient')).toBe(
      true
    )
    const refused = await service.dispatch('renderCertificateBatch', batch({ templateId: copy.id }))
    expect(refused).toMatchObject({ ok: false, error: { code: 'INCOMPLETE' } })
    const confirmed = await call<FileOut>(
      'renderCertificateBatch',
      batch({ templateId: copy.id, confirmOverflow: true, plainPaperTest: true })
    )
    expect(pdfPages(bytesOf(confirmed))).toBe(31)

    await call('saveTemplate', {
      template: {
        ...copy,
        fields: [
          ...copy.fields,
          {
            ...copy.fields.find((f) => f.id === 'recipient')!,
            id: 'cjk',
            content: 'Giấy khen 賞狀'
          }
        ]
      }
    })
    const glyphs = await service.dispatch(
      'renderCertificateBatch',
      batch({ templateId: copy.id, confirmOverflow: true })
    )
    expect(glyphs).toMatchObject({ ok: false, error: { code: 'INCOMPLETE' } })
    const problems = !glyphs.ok && (glyphs.error.details as { problems: LayoutWarning[] }).problems
    expect(problems && problems.find((p) => p.kind === 'glyphs')).toMatchObject({
      fieldId: 'cjk',
      chars: '賞狀'
    })
  })

  it('cancels a running batch and leaves no file behind', async () => {
    const { call, service, ctx } = await open()
    // Cancelled on its first progress report: the job is running then, whatever the machine's load.
    const cancelled = new Promise<unknown>((resolve) => {
      const stop = service.onEvent((e) => {
        if (e.type !== 'progress' || e.payload.jobId !== 'slow') return
        stop()
        resolve(call('cancelJob', { jobId: 'slow' }))
      })
    })
    const running = service.dispatch(
      'renderCertificateBatch',
      batch({ jobId: 'slow', output: 'zip' })
    )
    expect(await cancelled).toEqual({ cancelled: true })
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    const dir = join(ctx.dataDir, 'exports')
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
    expect(await call('cancelJob', { jobId: 'slow' })).toEqual({ cancelled: false })
  })
})

describe('preview and calibration', () => {
  it('renders a one-page preview of an honoree, with warnings', async () => {
    const { call, eventId } = await open()
    const t = await call<Template>('getTemplate', { id: 'builtin-full-a4' })
    const r = await call<{ pdfBase64: string; warnings: LayoutWarning[] }>(
      'renderTemplatePreview',
      { template: t, eventId, honoreeId: 'h-individual-3' }
    )
    const pdf = Buffer.from(r.pdfBase64, 'base64')
    expect(pdfText(pdf)).toContain('Bà Tôn Nữ Thị Hoàng Phương Thảo')
    expect(r.warnings).toEqual([])
    const moved = await call<{ warnings: LayoutWarning[] }>('renderTemplatePreview', {
      template: {
        ...t,
        fields: t.fields.map((f) => (f.id === 'signerName' ? { ...f, yMm: 205 } : f))
      }
    })
    expect(moved.warnings).toMatchObject([
      { fieldId: 'signerName', kind: 'margin', honoreeId: null }
    ])
  })

  it('saves printer profiles and renders a calibration sheet with one', async () => {
    const { call } = await open()
    const p = await call<{ id: string }>('savePrinterProfile', {
      profile: {
        name: 'Canon LBP2900 — phôi Hồng Hà',
        offsetXMm: 1.5,
        offsetYMm: -2,
        scaleX: 1,
        scaleY: 1,
        rotate180: false,
        marginMm: 5
      }
    })
    expect(await call('listPrinterProfiles', {})).toHaveLength(1)
    const sheet = await call<FileOut>('renderCalibrationSheet', {
      widthMm: 297,
      heightMm: 210,
      profileId: p.id
    })
    expect(pdfText(bytesOf(sheet))).toContain('Canon LBP2900')
    await call('deletePrinterProfile', { id: p.id })
    expect(await call('listPrinterProfiles', {})).toHaveLength(0)
  })
})
