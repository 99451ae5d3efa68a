import { methodNames } from '../../src/shared/method-names'
import { expect, hasElectron, inPage, noElectronReason, test } from './dais-electron'

test.skip(!hasElectron, noElectronReason)

test('S2: the renderer has no Node or Electron globals', async ({ dais }) => {
  const types = await inPage<Record<string, string>>(
    dais.page,
    `Object.fromEntries(['require', 'process', 'module', 'exports', 'Buffer', 'global', 'ipcRenderer', 'electron']
      .map((name) => [name, typeof window[name]]))`
  )
  for (const [name, type] of Object.entries(types)) expect(type, name).toBe('undefined')
})

test('S2: window.dais has exactly the contract methods plus onEvent, all functions', async ({
  dais
}) => {
  const api = await inPage<Record<string, string>>(
    dais.page,
    `Object.fromEntries(Object.keys(window.dais).map((key) => [key, typeof window.dais[key]]))`
  )
  expect(Object.keys(api).sort()).toEqual([...methodNames, 'onEvent'].sort())
  for (const type of Object.values(api)) expect(type).toBe('function')
})

test('S2: onEvent returns an unsubscribe function', async ({ dais }) => {
  expect(
    await inPage(
      dais.page,
      `(() => { const off = window.dais.onEvent(() => {}); off(); return typeof off })()`
    )
  ).toBe('function')
})
