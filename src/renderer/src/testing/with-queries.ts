import { createApp, effectScope } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { PiniaColada, useQueryCache } from '@pinia/colada'
import { queryDefaults } from '../queries/defaults'

/**
 * An app with Pinia and the query cache, as main.ts sets them up, for tests of stores and query
 * composables without a DOM: `run` calls a composable inside the app's context and one effect
 * scope (as a component's setup would), `stop` ends that scope.
 */
export function withQueries() {
  const app = createApp({})
  const pinia = createPinia()
  app.use(pinia).use(PiniaColada, { queryOptions: queryDefaults })
  setActivePinia(pinia)
  const scope = effectScope()
  return {
    run<T>(fn: () => T): T {
      return app.runWithContext(() => scope.run(fn) as T)
    },
    cache: () => app.runWithContext(() => useQueryCache()),
    stop: () => scope.stop()
  }
}
