import type { AppContext } from './app-context'
import { auditHandlers } from './audit'
import { backupHandlers } from './backups'
import type { Handlers } from './dispatch'
import type { FeatureDeps } from './feature-deps'
import { agendaHandlers } from './agenda'
import { attendanceHandlers } from './attendance'
import { cardsHandlers } from './cards'
import { certificatesHandlers } from './certificates'
import { delegatesHandlers } from './delegates'
import { eventHandlers, eventProgressHandlers } from './events'
import { honoursHandlers } from './honours'
import { importHandlers } from './import'
import { movementHandlers, proposalsHandlers } from './movement'
import { rostersHandlers } from './rosters'
import { seatingHandlers } from './seating'
import { deskHandlers } from './desk'
import { organisationHandlers } from './organisation'
import {
  openService,
  type AppService,
  type AppServiceOptions,
  type BaseHandlers
} from './open-service'

export type { AppService, AppServiceOptions } from './open-service'

/** Every feature's handler group, combined in one place. */
export function featureHandlers(deps: FeatureDeps): Omit<Handlers, keyof BaseHandlers> {
  return {
    ...organisationHandlers(deps),
    ...eventHandlers(deps),
    ...eventProgressHandlers(deps),
    ...auditHandlers(deps),
    ...backupHandlers(deps),
    ...delegatesHandlers(deps),
    ...rostersHandlers(deps),
    ...importHandlers(deps),
    ...honoursHandlers(deps),
    ...certificatesHandlers(deps),
    ...cardsHandlers(deps),
    ...attendanceHandlers(deps),
    ...seatingHandlers(deps),
    ...deskHandlers(deps),
    ...agendaHandlers(deps),
    ...movementHandlers(deps),
    ...proposalsHandlers(deps)
  }
}

/** The whole app: every feature's handlers behind one dispatch. */
export async function createAppService(
  ctx: AppContext,
  options: AppServiceOptions = {}
): Promise<AppService> {
  return openService(ctx, options, featureHandlers)
}
