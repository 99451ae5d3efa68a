import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppService, type AppService } from '../core/app-service'
import { httpRequest } from '../core/testing/http-request'
import { testContext } from '../core/testing/test-context'
import { maxAttachmentBytes } from '@shared/movement/attachments'
import type { Proposal, Unit } from '@shared/movement/entities'
import { browserHost, createDocumentStore } from './document-store'
import { startWebServer, type WebServer } from './server'

const token = 'test-token-attachments-0123456789ab'

function post(server: WebServer, method: string, body: unknown, auth = true) {
  return httpRequest(
    {
      host: '127.0.0.1',
      port: server.port,
      path: `/api/${method}`,
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${server.port}`,
        'Content-Type': 'application/json',
        ...(auth ? { Authorization: `Bearer ${token}` } : {})
      }
    },
    Buffer.from(JSON.stringify(body))
  )
}

let root: string
let service: AppService
let server: WebServer
let dataDir: string
let proposal: Proposal

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'dais-web-attach-'))
  const staticDir = join(root, 'renderer')
  mkdirSync(staticDir, { recursive: true })
  writeFileSync(
    join(staticDir, 'index.html'),
    '<!doctype html><html><head></head><body></body></html>'
  )
  const ctx = testContext()
  dataDir = ctx.dataDir
  const documents = createDocumentStore()
  service = await createAppService(ctx, { host: browserHost(documents) })
  server = await startWebServer({ service, documents, staticDir, port: 0, token })
  const unit = await service.dispatch('createUnit', {
    kind: 'residential-group',
    name: 'Tổ dân phố số 1',
    head: '',
    headPosition: '',
    households: 100
  })
  if (!unit.ok) throw new Error(unit.error.message)
  const created = await service.dispatch('createProposal', {
    movementId: null,
    year: 2025,
    unitId: (unit.value as Unit).id,
    number: '',
    date: null,
    candidates: []
  })
  if (!created.ok) throw new Error(created.error.message)
  proposal = created.value as Proposal
})

afterEach(async () => {
  await server.close()
  await service.close()
  rmSync(root, { recursive: true, force: true })
})

const attachments = () =>
  existsSync(join(dataDir, 'attachments')) ? readdirSync(join(dataDir, 'attachments')) : []

describe('attachments through the browser mode', () => {
  it('holds the same limits as the desktop: size, type, content, names, token', async () => {
    const pdf = Buffer.from('%PDF-1.4 scan').toString('base64')
    const tooLarge = await post(server, 'addProposalAttachment', {
      proposalId: proposal.id,
      file: {
        fileName: 'big.pdf',
        contentBase64: Buffer.alloc(maxAttachmentBytes + 4096, 0x25).toString('base64')
      }
    })
    expect(JSON.parse(tooLarge.body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' }
    })
    expect(tooLarge.body).toContain('at most 20 MB')
    for (const file of [
      {
        fileName: 'x.html',
        contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64')
      },
      { fileName: 'x.pdf', contentBase64: Buffer.from('<script>').toString('base64') }
    ]) {
      const reply = await post(server, 'addProposalAttachment', { proposalId: proposal.id, file })
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' }
      })
    }
    const traversal = await post(server, 'addProposalAttachment', {
      proposalId: '../../..',
      file: { fileName: 'a.pdf', contentBase64: pdf }
    })
    expect(JSON.parse(traversal.body)).toMatchObject({ ok: false })
    const noToken = await post(
      server,
      'addProposalAttachment',
      { proposalId: proposal.id, file: { fileName: 'a.pdf', contentBase64: pdf } },
      false
    )
    expect(noToken.status).toBe(401)
    expect(attachments()).toEqual([])

    const named = await post(server, 'addProposalAttachment', {
      proposalId: proposal.id,
      file: { fileName: '../../../../etc/passwd/Đề nghị.pdf', contentBase64: pdf }
    })
    const saved = JSON.parse(named.body) as { ok: true; value: Proposal }
    expect(saved.value.attachments[0]?.fileName).toBe('Đề nghị.pdf')
    expect(attachments()).toEqual([proposal.id])
    expect(readdirSync(join(dataDir, 'attachments', proposal.id))).toEqual([
      saved.value.attachments[0]?.storedAs
    ])
  })
})
