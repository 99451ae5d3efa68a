import { useQuery } from '@pinia/colada'
import { api } from '../api'
import { keys } from './keys'

/** The change Hoàn tác would revert now; `next` is null when there is nothing to undo. */
export function useUndoState() {
  return useQuery({ key: keys.undo(), query: () => api.getUndoState({}) })
}
