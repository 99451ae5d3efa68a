/**
 * One import of 20,000 delegates into `<dataDir>`, run as a child process that the test kills
 * at a random moment. Prints `previewed` before the commit and `ok` once it answered.
 * Usage: node --import tsx import-kill.fixture.ts <dataDir> <tag>
 */
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import type { Event } from '@shared/entities'
import type { ImportPreview } from '@shared/import/entities'
import { systemClock } from '../app-context'
import { createAppService } from '../app-service'

export const importRows = 20_000

async function main(): Promise<void> {
  const [dataDir, tag] = process.argv.slice(2) as [string, string]
  const service = await createAppService({
    dataDir,
    resourcesDir: resolve(__dirname, '..', '..', '..', 'resources'),
    appVersion: '0.0.0-test',
    runtime: 'cli',
    clock: systemClock,
    newId: randomUUID
  })
  const answer = async <T>(method: string, arg: unknown): Promise<T> => {
    const result = await service.dispatch(method, arg)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value as T
  }
  const [event] = await answer<Event[]>('listEvents', {})
  if (!event) throw new Error('the test folder has no event')
  const lines = ['Họ và tên,Năm sinh,Đơn vị']
  for (let i = 1; i <= importRows; i += 1) lines.push(`Nhập ${tag} Người ${i},1970,Tổ ${i % 40}`)
  const file = {
    fileName: `nhap-${tag}.csv`,
    contentBase64: Buffer.from(lines.join('\n')).toString('base64')
  }
  const preview = await answer<ImportPreview>('previewImport', {
    eventId: event.id,
    kind: 'delegates',
    file
  })
  process.stdout.write('previewed\n')
  await answer('commitImport', {
    eventId: event.id,
    kind: 'delegates',
    fileName: file.fileName,
    signature: preview.signature,
    mapping: preview.mapping,
    rows: preview.rows.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
  })
  process.stdout.write('ok\n')
  await service.close()
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
