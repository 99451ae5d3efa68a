import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { ImportPreview } from '@shared/import/entities'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { sortByVietnameseName } from '@shared/text'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { value } from './testing/roster-harness'

let service: AppService
let eventId: string
let delegation: RosterSummary

beforeAll(async () => {
  service = await createAppService(testContext(), {
    onBug: (e) => {
      throw e
    }
  })
  eventId = (value(await service.dispatch('openSampleEvent', {})) as { id: string }).id
  const rosters = value(await service.dispatch('listRosters', { eventId })) as RosterSummary[]
  delegation = rosters[1]!
})
afterAll(() => service.close())

describe('roster export', () => {
  it.each(['xlsx', 'csv'] as const)(
    'writes a %s in the office layout that the import reads back, names in Vietnamese order',
    async (format) => {
      const file = value(
        await service.dispatch('exportRoster', { rosterId: delegation.id, format })
      ) as FileOut
      expect(file.fileName).toBe(
        `danh-sach-doan-dai-bieu-du-dai-hoi-thi-dua-yeu-nuoc-tinh-v1.${format}`
      )
      const preview = value(
        await service.dispatch('previewImport', {
          eventId,
          kind: 'delegates',
          file: { fileName: file.fileName, contentBase64: file.contentBase64 }
        })
      ) as ImportPreview
      const view = value(await service.dispatch('getRoster', { id: delegation.id })) as RosterView
      const members = sortByVietnameseName(view.versions[0]!.members, (m) => m.fields.fullName)
      expect(preview.rows.map((r) => r.values.fullName)).toEqual(
        members.map((m) => m.fields.fullName)
      )
      expect(preview.rows.map((r) => r.values.gender)).toEqual(members.map((m) => m.fields.gender))
      expect(preview.rows.every((r) => r.problems.every((p) => p.severity !== 'error'))).toBe(true)
    }
  )
})
