import type { Movement } from '@shared/movement/entities'
import type { ProgressQuery } from '@shared/movement/contract'
import type { movementMethodNames } from '@shared/movement/method-names'
import { computeProgress, type MovementProgress } from '@shared/movement/progress'
import { AppError } from '@shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { loadBundledFonts } from '../pdf/fonts'
import type { DatabaseData } from '../schema/database-schema'
import { renderProgressPdf } from './progress-pdf'

type ProgressMethods = 'getProgress' | 'exportProgressPdf'

/** The movement asked for, or the newest one. */
export function movementOf(data: DatabaseData, movementId: string | undefined): Movement {
  const list = data.movement.movements
  const movement = movementId
    ? list.find((m) => m.id === movementId)
    : [...list].sort((a, b) => b.fromYear - a.fromYear || b.createdAt.localeCompare(a.createdAt))[0]
  if (!movement)
    throw new AppError(
      'NOT_FOUND',
      movementId ? `Movement ${movementId} not found.` : 'There is no emulation movement yet.'
    )
  return movement
}

export function progressOf(data: DatabaseData, query: ProgressQuery): MovementProgress {
  const movement = movementOf(data, query.movementId)
  const m = data.movement
  return computeProgress({
    movement,
    units: m.units,
    titles: m.titles,
    registrations: m.registrations,
    tallies: m.tallies,
    ...(query.year !== undefined ? { year: query.year } : {})
  })
}

export function progressHandlers(
  deps: FeatureDeps
): Pick<HandlerGroup<typeof movementMethodNames>, ProgressMethods> {
  const { read, ctx } = deps
  return {
    getProgress: (query) => progressOf(read(), query),
    exportProgressPdf: async (query) => {
      const data = read()
      const progress = progressOf(data, query)
      const movement = movementOf(data, query.movementId)
      const now = ctx.clock.now()
      const bytes = await renderProgressPdf({
        organisation: data.organisation,
        progress,
        fromYear: movement.fromYear,
        fonts: loadBundledFonts(ctx.resourcesDir),
        date: now.toISOString().slice(0, 10),
        creationDate: now
      })
      return {
        fileName: `Tien do chi tieu thi dua ${progress.year}.pdf`,
        contentType: 'application/pdf',
        contentBase64: bytes.toString('base64')
      }
    }
  }
}
