import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import { createAppService } from '../core/app-service'
import { pdfToText } from '../core/pdf/testing/pdf-test-tools'
import { testContext } from '../core/testing/test-context'
import { runCli } from './index'
import { capture } from './testing/cli-run'

async function sampleWithCodes() {
  const ctx = testContext()
  const service = await createAppService(ctx)
  const event = await service.dispatch('openSampleEvent', {})
  if (!event.ok) throw new Error(event.error.message)
  const eventId = (event.value as { id: string }).id
  const codes = await service.dispatch('listCheckInCodes', { eventId })
  await service.close()
  if (!codes.ok) throw new Error(codes.error.message)
  return { dataDir: ctx.dataDir, eventId, codes: codes.value as CheckInCodeEntry[] }
}

describe('dais check-in, credentials-report', () => {
  it('checks codes in, names the refused ones, and prints the report with the same numbers', async () => {
    const { dataDir, eventId, codes } = await sampleWithCodes()
    const common = ['--data-dir', dataDir, '--event', eventId]
    const c = capture()
    const three = codes.slice(0, 3).map((x) => x.code)
    expect(await runCli(['check-in', ...common, ...three], c.io)).toBe(0)
    expect(c.out).toHaveLength(4)
    expect(c.out[0]).toMatch(/^checked in: 1 /)
    expect(c.out[3]).toBe('Có mặt 3/114 đại biểu, đạt 2,6%.')

    const again = capture()
    expect(await runCli(['check-in', ...common, three[0]!, 'xyz', '1-BCFGHJKLMN'], again.io)).toBe(
      1
    )
    expect(again.out[0]).toMatch(/^already checked in at \d\d:\d\d: 1 /)
    expect(again.err).toEqual([
      'refused xyz: not a check-in code',
      'refused 1-BCFGHJKLMN: forged: the signature does not match'
    ])

    const pdf = join(dataDir, 'bao-cao.pdf')
    const r = capture()
    expect(await runCli(['credentials-report', ...common, '-o', pdf], r.io)).toBe(0)
    const text = (await pdfToText(readFileSync(pdf))).replace(/\s+/g, ' ')
    expect(text).toContain('Tổng số đại biểu được triệu tập: 114 đồng chí.')
    expect(text).toContain('Số đại biểu có mặt: 03 đồng chí, đạt 2,6%.')
    expect(text).toContain('chưa đủ điều kiện')

    expect(await runCli(['check-in', ...common], capture().io)).toBe(2)
  })
})
