import { describe, expect, it, vi } from 'vitest'
import type { Dispatch } from '../core/dispatch'
import { ok } from '@shared/result'
import { createGuardedInvoke } from './guarded-dispatch'
import { isTrustedSender, type SenderInfo } from './trusted-sender'

const trusted = { origin: 'app://dais', webContentsId: 1 }
const ours: SenderInfo = { frameUrl: 'app://dais/index.html', isMainFrame: true, webContentsId: 1 }
const foreign: SenderInfo = {
  frameUrl: 'https://evil.example/',
  isMainFrame: true,
  webContentsId: 1
}

const setup = (dispatch: Dispatch) => {
  const log = { warn: vi.fn(), error: vi.fn() }
  const invoke = createGuardedInvoke(dispatch, (s) => isTrustedSender(s, trusted), log)
  return { invoke, log }
}

describe('createGuardedInvoke', () => {
  it('passes trusted calls to dispatch with the argument untouched', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ok({ uiLanguage: 'vi' }))
    const { invoke, log } = setup(dispatch)
    const arg = { includeArchived: true }
    await expect(invoke('listEvents', ours, arg)).resolves.toEqual(ok({ uiLanguage: 'vi' }))
    expect(dispatch).toHaveBeenCalledWith('listEvents', arg)
    expect(log.warn).not.toHaveBeenCalled()
  })

  it('refuses untrusted senders with FORBIDDEN, logs, and never dispatches', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ok(null))
    const { invoke, log } = setup(dispatch)
    const result = await invoke('deleteEvent', foreign, { id: 'e1' })
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(dispatch).not.toHaveBeenCalled()
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('deleteEvent'), foreign)
  })

  it('turns a throwing dispatch into INTERNAL instead of a rejected promise', async () => {
    const { invoke, log } = setup(async () => {
      throw new Error('boom')
    })
    await expect(invoke('getSettings', ours, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' }
    })
    expect(log.error).toHaveBeenCalled()
  })
})
