import { rmSync } from 'node:fs'
import { createAppService } from '../app-service'
import { testContext } from './test-context'

/**
 * Starts the service as the app does and makes the calls of the first screens (the event list, a
 * workspace's certificate lists), then prints which heavy libraries were loaded.
 */
async function main() {
  const ctx = testContext()
  const service = await createAppService(ctx)
  await service.dispatch('getAppInfo', {})
  await service.dispatch('listEvents', {})
  await service.dispatch('listTemplates', {})
  await service.dispatch('listPrinterProfiles', {})
  const heavy = Object.keys(require.cache)
    .map((path) => /node_modules[\\/](pdfkit|fontkit|exceljs|qrcode)[\\/]/.exec(path)?.[1])
    .filter((name) => name !== undefined)
  await service.close()
  rmSync(ctx.dataDir, { recursive: true, force: true })
  console.log(JSON.stringify([...new Set(heavy)]))
}

void main()
