import type { Decision, Honoree } from '../../../../shared/honours/entities'
import { api } from '../../api'

type LooseApi = Record<string, ((arg: unknown) => Promise<unknown>) | undefined>

/** Calls an honours method when this build has it (the honours contract lands separately). */
async function callHonours<T>(method: string, arg: unknown, fallback: T): Promise<T> {
  const fn = (api as unknown as LooseApi)[method]
  return fn ? ((await fn(arg)) as T) : fallback
}

export const listHonorees = (eventId: string): Promise<Honoree[]> =>
  callHonours('listHonorees', { eventId }, [])

export const listDecisions = (eventId: string): Promise<Decision[]> =>
  callHonours('listDecisions', { eventId }, [])
