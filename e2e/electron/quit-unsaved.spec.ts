import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fillDisk,
  mountSmallTmpfs,
  tmpfsSkipReason,
  unmountTmpfs
} from '../../src/core/testing/tmpfs'
import {
  electronExecutable,
  hasElectron,
  inPage,
  noElectronReason,
  repoRoot
} from './dais-electron'

test.skip(!hasElectron, noElectronReason)

const event = {
  title: 'Đại hội',
  kind: 'congress',
  periodFrom: 2025,
  periodTo: 2030,
  launchFrom: null,
  launchTo: null,
  date: '2025-09-20',
  startTime: '08:00',
  venue: 'Hội trường',
  organiser: 'UBND phường'
}

test('quitting with changes a full disk refused asks, and Quit anyway leaves them in a copy', async () => {
  const mountPoint = mountSmallTmpfs()
  test.skip(!mountPoint, tmpfsSkipReason)
  // The folder beside the data is on the full disk too: the copy goes to this home folder.
  const home = mkdtempSync(join(tmpdir(), 'dais-electron-home-'))
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'
    )
  )
  const app = await electron.launch({
    executablePath: electronExecutable()!,
    args: [repoRoot],
    cwd: repoRoot,
    env: { ...env, HOME: home, DAIS_DATA_DIR: join(mountPoint!, 'data') }
  })
  try {
    const page = await app.firstWindow()
    await page.waitForLoadState('domcontentloaded')
    const created = await inPage<{ ok: boolean; value: { id: string } }>(
      page,
      `window.dais.createEvent(${JSON.stringify(event)})`
    )
    fillDisk(mountPoint!)
    const delegates = Array.from({ length: 50 }, (_, i) => ({
      fullName: `Võ Thị Số ${i + 1}`,
      notes: 'x'.repeat(200)
    }))
    const added = await inPage<{ ok: boolean }>(
      page,
      `window.dais.addDelegates(${JSON.stringify({ eventId: created.value.id, delegates })})`
    )
    expect(added.ok).toBe(false)
    await expect(page.getByTestId('save-failure')).toBeVisible()

    // The native message box cannot be clicked by a test: it answers Quit anyway (the third
    // button) and logs what it was asked.
    await app.evaluate(({ dialog }) => {
      dialog.showMessageBox = (async (...args: unknown[]) => {
        const options = args.at(-1) as { message: string; buttons: string[] }
        console.error(`asked: ${options.message} | ${options.buttons.join(' / ')}`)
        return { response: 2, checkboxChecked: false }
      }) as typeof dialog.showMessageBox
    })
    let log = ''
    app.process().stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')))
    const exited = new Promise<void>((done) => app.process().once('exit', () => done()))
    await app.evaluate(({ app: electronApp }) => electronApp.quit())
    await exited
    expect(log).toContain('asked: Có thay đổi chưa lưu được vào ổ đĩa | Lưu bản sao ra nơi khác…')
    expect(log).toContain('The unsaved changes were written to')
    const copies = readdirSync(home).filter((name) => name.startsWith('Dais-unsaved-'))
    expect(copies).toHaveLength(1)
  } finally {
    if (app.process().exitCode === null) await app.close()
    rmSync(home, { recursive: true, force: true })
    if (mountPoint) unmountTmpfs(mountPoint)
  }
})
