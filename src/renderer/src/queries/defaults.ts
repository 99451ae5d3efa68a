import type { UseQueryOptionsGlobal } from '@pinia/colada'

/**
 * Data is fresh until a change says otherwise: the app's `dataChanged` events (invalidation.ts)
 * and each change's own answer keep the cache right. A screen still reads again when it is
 * opened (staleTime 0, as the screens always did); focus and network changes do not (the data
 * is local).
 */
export const queryDefaults: UseQueryOptionsGlobal = {
  staleTime: 0,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false
}
