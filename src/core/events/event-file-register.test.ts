import { afterEach, describe, expect, it } from 'vitest'
import type { CertificateOrderEntry } from '@shared/certificates/contract'
import type { FileOut } from '@shared/contract-part'
import type { Event } from '@shared/entities'
import type { Decision } from '@shared/honours/entities'
import { createAppService, type AppService } from '../app-service'
import { pdfText } from '../certificates/testing/poppler'
import { seededService } from '../certificates/testing/seeded-service'
import { testContext } from '../testing/test-context'

const services: AppService[] = []
afterEach(async () => {
  for (const s of services.splice(0)) await s.close()
})

async function call<T>(service: AppService, method: string, arg: unknown): Promise<T> {
  const r = await service.dispatch(method, arg)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
  return r.value as T
}

describe('an exported event carries its register', () => {
  it('imported into a fresh folder, the issued decision keeps its numbers and prints them', async () => {
    const source = await seededService({ issued: true })
    services.push(source.service)
    const original = await source.call<CertificateOrderEntry[]>('certificateOrder', {
      decisionId: source.decisionId
    })
    expect(original.map((o) => o.registerNumber)).toContain('15/GK-2025')
    const file = await source.call<FileOut & { fileName: string }>('exportEvent', {
      id: source.eventId
    })

    const target = await createAppService(testContext())
    services.push(target)
    const event = await call<Event>(target, 'importEvent', {
      fileName: file.fileName,
      contentBase64: file.contentBase64
    })
    const decisions = await call<Decision[]>(target, 'listDecisions', { eventId: event.id })
    const issued = decisions.find((d) => d.status === 'issued')!
    const imported = await call<CertificateOrderEntry[]>(target, 'certificateOrder', {
      decisionId: issued.id
    })
    expect(imported.map((o) => [o.nameLine, o.registerNumber])).toEqual(
      original.map((o) => [o.nameLine, o.registerNumber])
    )

    const pdf = await call<FileOut>(target, 'renderCertificateBatch', {
      jobId: 'job-import',
      decisionId: issued.id,
      templateId: 'builtin-blank-a4',
      profileId: null,
      only: [1, 15],
      output: 'single',
      plainPaperTest: false,
      confirmOverflow: false
    })
    const pages = pdfText(Buffer.from(pdf.contentBase64, 'base64')).split('\f')
    expect(pages[0]).toContain(original[0]!.registerNumber!)
    expect(pages[1]).toContain(original[14]!.registerNumber!)

    // Importing does not take the numbers away from the original either.
    const again = await source.call<CertificateOrderEntry[]>('certificateOrder', {
      decisionId: source.decisionId
    })
    expect(again).toEqual(original)
  })
})
