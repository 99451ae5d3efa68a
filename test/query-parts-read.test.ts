import { afterEach, describe, expect, it } from 'vitest'
import type { DataPart } from '@shared/app-events'
import { featureHandlers } from '../src/core/app-service'
import { openService, type AppService } from '../src/core/open-service'
import { testContext } from '../src/core/testing/test-context'
import { partsReadBy, type Root } from '../src/renderer/src/queries/keys'

/**
 * The renderer refetches a query only when a change wrote one of the parts `partsReadBy` lists
 * for its root. Here every root's handlers run on the sample event, with the data they read
 * watched: a part read and not listed would leave a screen showing stale data.
 */

type Call = readonly [method: string, arg: unknown]
interface Ids {
  eventId: string
  decisionId: string
  rosterId: string
  meetingId: string
}

const callsOf: Record<Root, (ids: Ids) => readonly Call[]> = {
  events: () => [['listEvents', { includeArchived: true }]],
  event: ({ eventId }) => [['getEvent', { id: eventId }]],
  eventProgress: ({ eventId }) => [['getEventProgress', { id: eventId }]],
  rosters: ({ eventId }) => [['listRosters', { eventId }]],
  roster: ({ rosterId }) => [['getRoster', { id: rosterId }]],
  delegates: ({ eventId }) => [['listDelegates', { eventId }]],
  delegateSetup: ({ eventId }) => [
    ['listDelegateCategories', { eventId }],
    ['listDelegateColumns', { eventId }]
  ],
  delegateWarnings: ({ eventId }) => [['listDelegateWarnings', { eventId }]],
  honorees: ({ eventId }) => [['listHonorees', { eventId }]],
  register: ({ eventId }) => [['listRegister', { eventId }]],
  decisions: ({ eventId }) => [['listDecisions', { eventId }]],
  certificateOrder: ({ eventId, decisionId }) => [
    ['certificateOrder', { decisionId }],
    ['listRegister', { eventId }]
  ],
  certificateBatchSettings: ({ eventId }) => [['getCertificateBatchSettings', { eventId }]],
  bonus: ({ decisionId }) => [['getBonusTable', { id: decisionId }]],
  agenda: ({ eventId }) => [['getAgenda', { eventId }]],
  delegateCategories: ({ eventId }) => [['listDelegateCategories', { eventId }]],
  invitationSettings: ({ eventId }) => [['getInvitationSettings', { eventId }]],
  hallPlan: ({ eventId }) => [['getHallPlan', { eventId }]],
  templates: () => [['listTemplates', {}]],
  templatesOfKind: () => [['listTemplates', { kind: 'delegateCard' }]],
  deskStatus: () => [['getDeskStatus', {}]],
  fonts: () => [['listFonts', {}]],
  labelSheets: () => [['listLabelSheets', {}]],
  printerProfiles: () => [['listPrinterProfiles', {}]],
  audit: () => [['listAudit', { limit: 200 }]],
  backups: () => [['listBackups', {}]],
  undo: () => [['getUndoState', {}]],
  awardForms: () => [['listAwardForms', {}]],
  organisation: () => [['getOrganisation', {}]],
  settings: () => [['getSettings', {}]],
  attendance: ({ eventId }) => [
    ['getAttendance', { eventId }],
    ['getAttendanceFigures', { eventId }]
  ],
  checkInSearch: ({ eventId }) => [['searchCheckIn', { eventId, query: 'Nguyễn' }]],
  units: () => [['listUnits', {}]],
  emulationTitles: () => [['listEmulationTitles', {}]],
  movements: () => [['listMovements', {}]],
  movementRecords: () => [['listMovementRecords', { fromYear: 2020, toYear: 2025 }]],
  proposals: () => [['listProposals', {}]],
  councilMeetings: () => [['listCouncilMeetings', {}]],
  councilResults: ({ meetingId }) => [['getCouncilResults', { id: meetingId }]],
  candidateHistory: () => [['getCandidateHistory', { name: 'Nguyễn Văn An', unitId: null }]]
}

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

/** A service whose handlers read the data through a watch naming every top-level part read. */
async function watchedService() {
  const touched = new Set<string>()
  const service = await openService(testContext(), {}, (deps) =>
    featureHandlers({
      ...deps,
      read: () =>
        new Proxy(deps.read(), {
          get(target, key, receiver) {
            if (typeof key === 'string') touched.add(key)
            return Reflect.get(target, key, receiver) as unknown
          }
        })
    })
  )
  services.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value as T
  }
  return { service, call, touched }
}

describe('every query root is refetched by a change to any part its handlers read', () => {
  it('the parts read on the sample event are among partsReadBy', async () => {
    const { service, call, touched } = await watchedService()
    const { id: eventId } = await call<{ id: string }>('openSampleEvent', {})
    const [decision] = await call<{ id: string }[]>('listDecisions', { eventId })
    const [roster] = await call<{ id: string }[]>('listRosters', { eventId })
    const [meeting] = await call<{ id: string }[]>('listCouncilMeetings', {})
    const ids: Ids = {
      eventId,
      decisionId: decision!.id,
      rosterId: roster!.id,
      meetingId: meeting?.id ?? 'no-meeting'
    }
    const unlisted: Record<string, string[]> = {}
    for (const [root, calls] of Object.entries(callsOf) as [Root, (ids: Ids) => Call[]][]) {
      touched.clear()
      for (const [method, arg] of calls(ids)) await service.dispatch(method, arg)
      const missing = [...touched].filter((p) => !partsReadBy[root].includes(p as DataPart))
      if (missing.length > 0) unlisted[root] = missing.sort()
    }
    expect(unlisted).toEqual({})
  })
})
