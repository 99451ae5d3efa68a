import { afterEach, describe, expect, it } from 'vitest'
import type { Event, EventFields } from '@shared/entities'
import { createAppService, type AppService } from './app-service'
import { testContext } from './testing/test-context'
import { readSavedFile } from './storage/database'
import { valueOf as value } from './testing/fresh-service'

const open: AppService[] = []
async function start(ctx = testContext()) {
  const service = await createAppService(ctx, {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  return { service, ctx }
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const congress: EventFields = {
  title: 'Hội nghị tổng kết năm 2025',
  kind: 'conference',
  periodFrom: 2025,
  periodTo: 2025,
  launchFrom: 2025,
  launchTo: 2030,
  date: '2025-12-20',
  startTime: '08:00',
  venue: 'Hội trường UBND phường',
  organiser: 'UBND phường Tiền Phong'
}

const onDisk = async (dataDir: string) =>
  (await readSavedFile(dataDir)) as unknown as {
    seq: number
    data: { events: Event[]; audit: { action: string; operator: string }[] }
  }

describe('events', () => {
  it('creates, edits, duplicates, archives and deletes an event, persisting each step', async () => {
    const { service, ctx } = await start()
    const created = value<Event>(await service.dispatch('createEvent', congress))
    expect(created).toMatchObject({ ...congress, archived: false, isSample: false })

    const edited = value<Event>(
      await service.dispatch('updateEvent', { id: created.id, patch: { venue: 'Nhà văn hóa' } })
    )
    expect(edited.venue).toBe('Nhà văn hóa')

    const copy = value<Event>(await service.dispatch('duplicateEvent', { id: created.id }))
    expect(copy.title).toBe(`${congress.title} (bản sao)`)
    expect(copy.id).not.toBe(created.id)

    value(await service.dispatch('archiveEvent', { id: copy.id, archived: true }))
    expect(value<Event[]>(await service.dispatch('listEvents', {}))).toHaveLength(1)
    expect(
      value<Event[]>(await service.dispatch('listEvents', { includeArchived: true }))
    ).toHaveLength(2)

    value(await service.dispatch('deleteEvent', { id: created.id }))
    await service.flush()
    const file = await onDisk(ctx.dataDir)
    expect(file.data.events.map((e) => e.id)).toEqual([copy.id])
    const backups = value<{ name: string }[]>(await service.dispatch('listBackups', {}))
    expect(backups.some((b) => b.name.includes(congress.title))).toBe(true)
  })

  it('normalises typed text to NFC with single spaces', async () => {
    const { service } = await start()
    const nfd = '  Hội   nghị\u00a0điển hình '.normalize('NFD')
    const created = value<Event>(await service.dispatch('createEvent', { ...congress, title: nfd }))
    expect(created.title).toBe('Hội nghị điển hình')
    expect(created.title).toBe(created.title.normalize('NFC'))
  })

  it('refuses impossible dates and reversed periods, naming the field', async () => {
    const { service } = await start()
    const badDate = await service.dispatch('createEvent', { ...congress, date: '2025-02-30' })
    expect(badDate).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(!badDate.ok && badDate.error.message).toContain('date')
    const reversed = await service.dispatch('createEvent', {
      ...congress,
      periodFrom: 2025,
      periodTo: 2020
    })
    expect(!reversed.ok && reversed.error.message).toContain('periodTo')
    const missing = await service.dispatch('getEvent', { id: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('keeps everything after a restart', async () => {
    const ctx = testContext()
    const first = await start(ctx)
    const created = value<Event>(await first.service.dispatch('createEvent', congress))
    value(await first.service.dispatch('updateOrganisation', { placeName: 'Tiền Phong' }))
    await first.service.close()
    open.splice(open.indexOf(first.service), 1)

    const second = await start(ctx)
    expect(value<Event>(await second.service.dispatch('getEvent', { id: created.id }))).toEqual(
      created
    )
    expect(
      value<{ placeName: string }>(await second.service.dispatch('getOrganisation', {})).placeName
    ).toBe('Tiền Phong')
  })
})

describe('sample event', () => {
  it('creates the ward congress once and fills an empty organisation profile', async () => {
    const { service } = await start()
    const sample = value<Event>(await service.dispatch('openSampleEvent', {}))
    expect(sample).toMatchObject({
      isSample: true,
      kind: 'congress',
      periodFrom: 2020,
      periodTo: 2025
    })
    const org = value<{ authorityName: string; signers: { onBehalfOf?: string }[] }>(
      await service.dispatch('getOrganisation', {})
    )
    expect(org.authorityName).toBe('Ủy ban nhân dân phường Tiền Phong')
    expect(org.signers.some((s) => s.onBehalfOf === 'CHỦ TỊCH')).toBe(true)
    const again = value<Event>(await service.dispatch('openSampleEvent', {}))
    expect(again.id).toBe(sample.id)
  })

  it('does not overwrite an organisation the user already set', async () => {
    const { service } = await start()
    value(await service.dispatch('updateOrganisation', { authorityName: 'UBND xã An Bình' }))
    value(await service.dispatch('openSampleEvent', {}))
    const org = value<{ authorityName: string }>(await service.dispatch('getOrganisation', {}))
    expect(org.authorityName).toBe('UBND xã An Bình')
  })
})

describe('audit log and undo', () => {
  it('records time, operator, entity and changed fields for every change', async () => {
    const { service, ctx } = await start()
    value(await service.dispatch('updateSettings', { operatorName: 'Phạm Thu Trang' }))
    const created = value<Event>(await service.dispatch('createEvent', congress))
    ctx.clock.advance(60_000)
    value(await service.dispatch('updateEvent', { id: created.id, patch: { startTime: '07:30' } }))
    const entries = value<
      { at: string; operator: string; entity: string; action: string; changes: unknown[] }[]
    >(await service.dispatch('listAudit', { entityId: created.id }))
    expect(entries[0]).toMatchObject({
      at: '2025-09-01T08:01:00.000Z',
      operator: 'Phạm Thu Trang',
      entity: 'event',
      action: 'update',
      changes: [{ field: 'startTime', before: '08:00', after: '07:30' }]
    })
    expect(entries[1]).toMatchObject({ action: 'create' })
  })

  it('undoes the last edits in reverse order and logs the undo', async () => {
    const { service } = await start()
    const created = value<Event>(await service.dispatch('createEvent', congress))
    value(await service.dispatch('updateEvent', { id: created.id, patch: { venue: 'A' } }))
    value(await service.dispatch('updateEvent', { id: created.id, patch: { venue: 'B' } }))
    value(await service.dispatch('undoLastChange', {}))
    expect(value<Event>(await service.dispatch('getEvent', { id: created.id })).venue).toBe('A')
    value(await service.dispatch('undoLastChange', {}))
    value(await service.dispatch('undoLastChange', {}))
    expect(value<Event[]>(await service.dispatch('listEvents', {}))).toEqual([])
    expect(await service.dispatch('undoLastChange', {})).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_UNDO' }
    })
    const audit = value<{ action: string }[]>(await service.dispatch('listAudit', {}))
    expect(audit.filter((a) => a.action === 'undo')).toHaveLength(3)
  })

  it('tells what Hoàn tác would revert, and nothing once the history is empty', async () => {
    const { service } = await start()
    const state = async () =>
      value<{ next: { action: string; subject: string } | null }>(
        await service.dispatch('getUndoState', {})
      ).next
    expect(await state()).toBeNull()
    const created = value<Event>(await service.dispatch('createEvent', congress))
    value(await service.dispatch('updateEvent', { id: created.id, patch: { venue: 'A' } }))
    expect(await state()).toMatchObject({ action: 'update', subject: created.title })
    value(await service.dispatch('undoLastChange', {}))
    expect(await state()).toMatchObject({ action: 'create' })
    value(await service.dispatch('undoLastChange', {}))
    expect(await state()).toBeNull()
  })
})

describe('backups', () => {
  it('restores a named backup and says which one', async () => {
    const { service } = await start()
    const created = value<Event>(await service.dispatch('createEvent', congress))
    const backup = value<{ id: string }>(
      await service.dispatch('createBackup', { name: 'Trước sửa' })
    )
    value(await service.dispatch('updateEvent', { id: created.id, patch: { title: 'Đổi tên' } }))
    const restored = value<{ restoredFrom: { id: string } }>(
      await service.dispatch('restoreBackup', { id: backup.id })
    )
    expect(restored.restoredFrom.id).toBe(backup.id)
    expect(value<Event>(await service.dispatch('getEvent', { id: created.id })).title).toBe(
      congress.title
    )
  })
})

describe('event files', () => {
  const exportOf = async (service: AppService, id: string) =>
    value<{ fileName: string; contentBase64: string }>(
      await service.dispatch('exportEvent', { id })
    )
  const importOf = (service: AppService, fileName: string, bytes: Buffer) =>
    service.dispatch('importEvent', { fileName, contentBase64: bytes.toString('base64') })

  it('moves an event to another office through one file, as a new event', async () => {
    const here = await start()
    const sample = value<Event>(await here.service.dispatch('openSampleEvent', {}))
    const file = await exportOf(here.service, sample.id)
    expect(file.fileName).toBe(
      'dai-hoi-thi-dua-yeu-nuoc-phuong-tien-phong-giai-doan-2020-2025-2025-09-12.dais-event.json'
    )

    const there = await start()
    const imported = value<Event>(
      await importOf(there.service, file.fileName, Buffer.from(file.contentBase64, 'base64'))
    )
    expect(imported.id).not.toBe(sample.id)
    expect(imported).toMatchObject({
      title: sample.title,
      date: sample.date,
      venue: sample.venue,
      isSample: false
    })
    const audit = value<{ action: string }[]>(await there.service.dispatch('listAudit', {}))
    expect(audit[0]?.action).toBe('import')
  })

  it('refuses damaged, foreign and newer files with a message naming the file', async () => {
    const { service } = await start()
    const created = value<Event>(await service.dispatch('createEvent', congress))
    const good = Buffer.from((await exportOf(service, created.id)).contentBase64, 'base64')
    const cases: [string, Buffer, string][] = [
      [
        'edited.json',
        Buffer.from(good.toString().replace('Hội trường', 'Nhà văn hóa')),
        'checksum'
      ],
      [
        'random.bin',
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13]),
        'not a Dais event file'
      ],
      ['other.json', Buffer.from('{"hello":"world"}'), 'not a Dais event file'],
      [
        'newer.json',
        Buffer.from(good.toString().replace(/"formatVersion": \d+/, '"formatVersion": 99')),
        'newer version'
      ]
    ]
    for (const [name, bytes, reason] of cases) {
      const result = await importOf(service, name, bytes)
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
      expect(!result.ok && result.error.message).toContain(name)
      expect(!result.ok && result.error.message).toContain(reason)
    }
    expect(value<Event[]>(await service.dispatch('listEvents', {}))).toHaveLength(1)
  })
})
