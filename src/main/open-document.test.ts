import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDocumentOnDesktop, safeFileName } from './open-document'

describe('opening a document in the system viewer', () => {
  const doc = {
    fileName: 'Quyết định 125.pdf',
    contentType: 'application/pdf',
    contentBase64: Buffer.from('%PDF-1.7').toString('base64')
  }

  it('writes a temp copy under its own folder and opens it', async () => {
    const tempDir = mkdtempSync(join(tmpdir(), 'dais-open-'))
    const opened: string[] = []
    const result = await openDocumentOnDesktop(doc, {
      tempDir,
      newId: () => 'job-1',
      openPath: async (path) => {
        opened.push(path)
        return ''
      }
    })
    expect(result).toEqual({ ok: true, value: { url: null } })
    expect(opened).toEqual([join(tempDir, 'Dais', 'job-1', 'Quyết định 125.pdf')])
    expect(readFileSync(opened[0] as string, 'utf8')).toBe('%PDF-1.7')
  })

  it('reports what the system said when it cannot open the file', async () => {
    const result = await openDocumentOnDesktop(doc, {
      tempDir: mkdtempSync(join(tmpdir(), 'dais-open-')),
      newId: () => 'job-2',
      openPath: async () => 'No application is associated with PDF files'
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('keeps file names inside their folder', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('..\\..\\win.ini')).toBe('win.ini')
    expect(safeFileName('a<b>:c.pdf')).toBe('a_b__c.pdf')
    expect(safeFileName('...')).toBe('document.pdf')
  })
})
