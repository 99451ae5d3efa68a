import { AppError } from '@shared/result'

/** Detaches a value from the immer draft it was read from. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** Fields kept exactly as sent (ids, enum lists), not normalised as typed text. */
export const verbatim = new Set(['id', 'unitId', 'titleId', 'movementId', 'unitKinds'])

/** INVALID_ARGUMENT on `field` when the value was sent empty. */
export const required = (value: string | undefined, field: string): void => {
  if (value !== undefined && value.trim() === '')
    throw new AppError('INVALID_ARGUMENT', `${field}: required`, {
      issues: [{ path: [field], message: 'required' }]
    })
}
