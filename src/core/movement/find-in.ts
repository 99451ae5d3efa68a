import { AppError } from '@shared/result'

/** The record with `id`, or NOT_FOUND naming what was looked for. */
export const findIn = <T extends { id: string }>(
  list: readonly T[],
  id: string,
  what: string
): T => {
  const found = list.find((x) => x.id === id)
  if (!found) throw new AppError('NOT_FOUND', `${what} ${id} not found.`)
  return found
}
