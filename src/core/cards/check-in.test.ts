import { afterEach, describe, expect, it } from 'vitest'
import { checkInAlphabet, checkInCodePattern, parseCheckInCode } from '@shared/cards/check-in-code'
import type { CheckInCodeEntry, CheckInVerdict } from '@shared/cards/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { checkInCode, newCheckInSecret } from './check-in'
import { telex, vni } from './testing/input-methods'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

async function sampleService(ctx = testContext()) {
  const service = await createAppService(ctx)
  services.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  const event = await call<{ id: string }>('openSampleEvent', {})
  return { ctx, service, call, eventId: event.id }
}

/** Another character of the alphabet at position i. */
const changeAt = (code: string, i: number) => {
  const c = code[i]!
  const next = checkInAlphabet[(checkInAlphabet.indexOf(c) + 1) % checkInAlphabet.length]!
  return code.slice(0, i) + next + code.slice(i + 1)
}

describe('check-in codes', () => {
  it('reach the application unchanged through Telex and VNI', () => {
    const secret = Buffer.from(newCheckInSecret())
    const changed: string[] = []
    for (let number = 1; number <= 1500; number++) {
      for (const generation of [0, 1]) {
        const code = checkInCode(secret, number, generation)
        if (!checkInCodePattern.test(code)) changed.push(`bad shape ${code}`)
        for (const typed of [code, code.toLowerCase()]) {
          if (telex(typed) !== typed) changed.push(`telex ${typed} → ${telex(typed)}`)
          if (vni(typed) !== typed) changed.push(`vni ${typed} → ${vni(typed)}`)
        }
      }
    }
    expect(changed).toEqual([])
    // every pair of alphabet characters, both orders
    const all = [...checkInAlphabet, '-']
    for (const a of all)
      for (const b of all) expect([telex(a + b), vni(a + b)]).toEqual([a + b, a + b])
  })

  it('are read back from what a scanner typed, and nothing else is', () => {
    expect(parseCheckInCode(' 42-kx7tbm9qrz\n')).toEqual({ number: 42, signature: 'KX7TBM9QRZ' })
    expect(parseCheckInCode('42-KX7TBM9QRA')).toBeNull()
    expect(parseCheckInCode('42KX7TBM9QRZ')).toBeNull()
    expect(parseCheckInCode('')).toBeNull()
  })

  it('are stable, unique, refuse forgeries, and change when a card is revoked', async () => {
    const { ctx, call, service, eventId } = await sampleService()
    const codes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId })
    expect(codes.length).toBe(120)
    expect(new Set(codes.map((c) => c.code)).size).toBe(120)
    expect(codes.map((c) => c.number)).toEqual(
      [...codes.map((c) => c.number)].sort((a, b) => a - b)
    )

    // survives re-printing and re-opening the data folder
    expect(await call('listCheckInCodes', { eventId })).toEqual(codes)
    await service.close()
    services.splice(0)
    const reopened = await createAppService(ctx)
    services.push(reopened)
    const again = await reopened.dispatch('listCheckInCodes', { eventId })
    expect(again).toEqual({ ok: true, value: codes })
    const verify = async (code: string) => {
      const r = await reopened.dispatch('verifyCheckInCode', { eventId, code })
      if (!r.ok) throw new Error(r.error.message)
      return r.value as CheckInVerdict
    }

    const first = codes[0]!
    expect(await verify(first.code)).toMatchObject({
      status: 'valid',
      delegateId: first.delegateId,
      number: first.number
    })
    expect(await verify(first.code.toLowerCase())).toMatchObject({ status: 'valid' })
    // every single changed character of the signature is refused
    const dash = first.code.indexOf('-')
    for (let i = dash + 1; i < first.code.length; i++) {
      expect(await verify(changeAt(first.code, i))).toMatchObject({
        status: 'forged',
        delegateId: null
      })
    }
    // another delegate's signature under this number
    const [, otherSignature] = codes[1]!.code.split('-')
    expect(await verify(`${first.number}-${otherSignature}`)).toMatchObject({ status: 'forged' })
    expect(await verify('99999-BCFGHJKLMN')).toMatchObject({ status: 'unknown' })
    expect(await verify('hello')).toMatchObject({ status: 'malformed' })

    const r = await reopened.dispatch('revokeCard', {
      delegateId: first.delegateId,
      reason: 'Mất thẻ'
    })
    if (!r.ok) throw new Error(r.error.message)
    const renewed = r.value as CheckInCodeEntry
    expect(renewed.number).toBe(first.number)
    expect(renewed.code).not.toBe(first.code)
    expect(await verify(first.code)).toMatchObject({
      status: 'revoked',
      delegateId: first.delegateId
    })
    expect(await verify(renewed.code)).toMatchObject({ status: 'valid' })
    // other delegates keep their codes
    const after = await reopened.dispatch('listCheckInCodes', { eventId })
    const afterCodes = (after as { value: CheckInCodeEntry[] }).value
    expect(afterCodes.slice(1)).toEqual(codes.slice(1))
  })

  it('differ between events, and a code of one event is refused by another', async () => {
    const a = await sampleService()
    const b = await sampleService()
    const codesA = await a.call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: a.eventId })
    const codesB = await b.call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: b.eventId })
    expect(codesA[0]!.number).toBe(codesB[0]!.number)
    expect(codesA[0]!.code).not.toBe(codesB[0]!.code)
    const verdict = await b.call<CheckInVerdict>('verifyCheckInCode', {
      eventId: b.eventId,
      code: codesA[0]!.code
    })
    expect(verdict.status).toBe('forged')
  })
})
