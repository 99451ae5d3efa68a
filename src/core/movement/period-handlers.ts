import type { Movement, Target } from '@shared/movement/entities'
import type { MovementFields, TargetFields } from '@shared/movement/contract'
import { targetProblems, type TargetProblem } from '@shared/movement/target-checks'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { findIn } from './find-in'
import { plain, required, verbatim } from './handler-kit'
import type { MovementGroup } from './movement-group'

function problemText(p: TargetProblem, m: { fromYear: number; toYear: number }): string {
  switch (p.code) {
    case 'percent-range':
      return `${p.percent} is not a percentage from 0 to 100 with at most two decimals`
    case 'deadline-before-start':
      return `the deadline ${p.year} is before the movement starts (${m.fromYear})`
    case 'deadline-after-end':
      return `the deadline ${p.year} is after the movement ends (${m.toYear})`
    case 'deadline-not-year':
      return 'the deadline is not a year'
    case 'milestone-unreadable':
      return `"${p.part}" is not "year:percent"`
    case 'milestone-year':
      return `the milestone year ${p.year} is outside ${m.fromYear}–${p.to}`
    case 'milestone-percent':
      return `the milestone of ${p.year} (${p.percent}) is not a percentage from 0 to 100`
    case 'milestone-twice':
      return `${p.year} has two milestones`
  }
}

function checkMovement(data: DatabaseData, m: Pick<Movement, 'fromYear' | 'toYear' | 'targets'>) {
  if (m.toYear < m.fromYear)
    throw new AppError('INVALID_ARGUMENT', 'toYear: the period ends before it starts', {
      issues: [{ path: ['toYear'], message: 'before fromYear' }]
    })
  m.targets.forEach((t, i) => {
    required(t.label, `targets.${i}.label`)
    const [problem] = targetProblems(t, m)
    if (problem)
      throw new AppError(
        'INVALID_ARGUMENT',
        `targets.${i}.${problem.field}: ${problemText(problem, m)}`,
        { issues: [{ path: ['targets', i, problem.field], message: problem.code }], problem }
      )
    if (t.titleId) findIn(data.movement.titles, t.titleId, 'Emulation title')
    if (t.measure === 'achieved' && !t.titleId)
      throw new AppError('INVALID_ARGUMENT', `targets.${i}.titleId: which title is achieved?`, {
        issues: [{ path: ['targets', i, 'titleId'], message: 'required' }]
      })
  })
}

/** A movement over its period (2025–2030) with its targets as data. */
export function periodHandlers(
  deps: FeatureDeps
): MovementGroup<'listMovements' | 'createMovement' | 'updateMovement' | 'deleteMovement'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  const withTargetIds = (targets: TargetFields[]): Target[] =>
    targets.map((t) => ({ ...t, id: t.id ?? ctx.newId() }))

  return {
    listMovements: () => [...read().movement.movements].sort((a, b) => b.fromYear - a.fromYear),

    createMovement: (raw) => {
      const fields = normalizeInput(raw, verbatim) as MovementFields
      required(fields.title, 'title')
      return changes.apply({ entity: 'movement', action: 'create' }, (draft) => {
        const at = now()
        const movement: Movement = {
          ...fields,
          targets: withTargetIds(fields.targets),
          id: ctx.newId(),
          createdAt: at,
          updatedAt: at
        }
        checkMovement(draft, movement)
        draft.movement.movements.push(movement)
        return {
          value: movement,
          entityId: movement.id,
          subject: movement.title,
          changes: diffFields(undefined, movement)
        }
      })
    },

    updateMovement: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim) as Partial<MovementFields>
      required(patch.title, 'title')
      return changes.apply({ entity: 'movement', action: 'update' }, (draft) => {
        const movement = findIn(draft.movement.movements, id, 'Movement')
        const before = plain(movement)
        const { targets, ...rest } = patch
        Object.assign(movement, rest, { updatedAt: now() })
        if (targets) movement.targets = withTargetIds(targets)
        checkMovement(draft, movement)
        const after = plain(movement)
        return {
          value: after,
          entityId: id,
          subject: after.title,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteMovement: ({ id }) =>
      changes.apply({ entity: 'movement', action: 'delete' }, (draft) => {
        const movement = plain(findIn(draft.movement.movements, id, 'Movement'))
        draft.movement.movements = draft.movement.movements.filter((m) => m.id !== id)
        return {
          value: { deleted: 1 },
          entityId: id,
          subject: movement.title,
          changes: diffFields(movement, undefined)
        }
      })
  }
}
