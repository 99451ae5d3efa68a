/**
 * The method list on its own, free of zod, so the sandboxed preload can build `window.dais`
 * from it. `contract.ts` fails to type-check unless its keys equal this list.
 */
import { agendaMethodNames } from './agenda/method-names'
import { attendanceMethodNames } from './attendance/method-names'
import { cardsMethodNames } from './cards/method-names'
import { certificatesMethodNames } from './certificates/method-names'
import { delegatesMethodNames } from './delegates/method-names'
import { honoursMethodNames } from './honours/method-names'
import { importMethodNames } from './import/method-names'
import { movementMethodNames, proposalsMethodNames } from './movement/method-names'
import { rostersMethodNames } from './rosters/method-names'
import { seatingMethodNames } from './seating/method-names'
import { deskMethodNames } from './desk/method-names'

/** The methods that belong to no feature (the app, organisation, events, audit, backups). */
export const baseMethodNames = [
  'getAppInfo',
  'getStorageStatus',
  'getOrganisation',
  'updateOrganisation',
  'getSettings',
  'updateSettings',
  'listEvents',
  'getEvent',
  'getEventProgress',
  'createEvent',
  'updateEvent',
  'duplicateEvent',
  'archiveEvent',
  'deleteEvent',
  'openSampleEvent',
  'exportEvent',
  'importEvent',
  'listAudit',
  'undoLastChange',
  'getUndoState',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'openDocument',
  'saveUnsavedCopy'
] as const

export const methodNames = [
  ...baseMethodNames,
  ...delegatesMethodNames,
  ...rostersMethodNames,
  ...importMethodNames,
  ...honoursMethodNames,
  ...certificatesMethodNames,
  ...cardsMethodNames,
  ...attendanceMethodNames,
  ...agendaMethodNames,
  ...seatingMethodNames,
  ...deskMethodNames,
  ...movementMethodNames,
  ...proposalsMethodNames
] as const

export type MethodName = (typeof methodNames)[number]

export const channelPrefix = 'dais:'
export const channelOf = (method: MethodName): string => `${channelPrefix}${method}`
export const eventChannel = 'dais:event'

export const isMethodName = (name: string): name is MethodName =>
  (methodNames as readonly string[]).includes(name)
