import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppService, type AppService } from '../core/app-service'
import { testContext } from '../core/testing/test-context'
import { desktopHost } from './open-document'

const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n', 'latin1')
const zip = Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1')
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

/**
 * The desktop host inside a real service, reached through dispatch as the renderer reaches it,
 * with a stubbed shell that records what it was asked to open (or answers `problem`).
 */
async function desktop(problem = '') {
  const tempDir = mkdtempSync(join(tmpdir(), 'dais-open-'))
  const opened: string[] = []
  let n = 0
  const host = desktopHost({
    tempDir,
    newId: () => `job-${++n}`,
    openPath: async (path) => {
      opened.push(path)
      return problem
    }
  })
  const service = await createAppService(testContext(), { host })
  services.push(service)
  const open = (fileName: string, contentType: string, bytes: Buffer) =>
    service.dispatch('openDocument', {
      fileName,
      contentType,
      contentBase64: bytes.toString('base64')
    })
  const written = () =>
    existsSync(join(tempDir, 'Dais'))
      ? readdirSync(join(tempDir, 'Dais'), { recursive: true }).map(String)
      : []
  return { tempDir, opened, open, written }
}

describe('opening a document in the system viewer', () => {
  it('writes a temp copy under its own folder and opens it', async () => {
    const d = await desktop()
    const result = await d.open('Quyết định 125.pdf', 'application/pdf', pdf)
    expect(result).toEqual({ ok: true, value: { url: null } })
    expect(d.opened).toEqual([join(d.tempDir, 'Dais', 'job-1', 'Quyết định 125.pdf')])
    expect(readFileSync(d.opened[0] as string)).toEqual(pdf)
  })

  it('opens the other kinds Dais makes: ZIP, XLSX and CSV (with a charset)', async () => {
    const d = await desktop()
    expect((await d.open('Giay khen.zip', 'application/zip', zip)).ok).toBe(true)
    expect((await d.open('danh-sach.xlsx', xlsxType, zip)).ok).toBe(true)
    const csv = Buffer.from('\ufeffHọ và tên;Đơn vị\nNguyễn Văn A;Tổ 1\n')
    expect((await d.open('danh-sach.csv', 'text/csv; charset=utf-8', csv)).ok).toBe(true)
    expect(d.opened).toHaveLength(3)
  })

  it('reports what the system said when it cannot open the file', async () => {
    const d = await desktop('No application is associated with PDF files')
    const result = await d.open('a.pdf', 'application/pdf', pdf)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it.each([
    ['invoice.bat', 'application/pdf', pdf],
    ['report.pdf.hta', 'application/pdf', pdf],
    ['update.js', 'text/javascript', Buffer.from('WScript.Echo(1)')],
    ['Dais.desktop', 'application/x-desktop', Buffer.from('[Desktop Entry]\nExec=sh')],
    ['../../evil.exe', 'application/pdf', pdf],
    ['setup.exe', 'application/octet-stream', Buffer.from('MZ\x90\x00', 'latin1')],
    ['run.bat', 'text/csv', Buffer.from('@echo off\r\ndel *\r\n')],
    ['fake.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 not a pdf', 'latin1')],
    ['fake.pdf', 'application/zip', zip],
    ['fake.xlsx', xlsxType, pdf],
    ['fake.csv', 'text/csv', Buffer.from('MZ\x90\x00\x00\x00', 'latin1')],
    ['fake.csv', 'text/csv', Buffer.from([0x61, 0xff, 0xfe, 0x62])]
  ])('refuses %s sent as %s, before writing anything', async (fileName, type, bytes) => {
    const d = await desktop()
    const result = await d.open(fileName, type, bytes)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(d.opened).toEqual([])
    expect(d.written()).toEqual([])
  })

  it.each(['../../etc/passwd.pdf', '..\\..\\win.ini.pdf', '/tmp/x.pdf', 'a\0.pdf', 'C:\\x.pdf'])(
    'refuses the file name %j instead of writing outside its folder',
    async (fileName) => {
      const d = await desktop()
      const result = await d.open(fileName, 'application/pdf', pdf)
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
      expect(d.opened).toEqual([])
      expect(d.written()).toEqual([])
    }
  )

  it('replaces characters Windows refuses in a name', async () => {
    const d = await desktop()
    await d.open('a<b>:c?.pdf', 'application/pdf', pdf)
    expect(d.opened).toEqual([join(d.tempDir, 'Dais', 'job-1', 'a_b__c_.pdf')])
  })
})
