import type { FeatureDeps, HandlerGroup } from './feature-deps'

type Handler = (arg: never) => unknown

/**
 * A feature's handlers whose module is loaded on the first call to any of them. Features that
 * pull in heavy libraries (pdfkit, fontkit: ~0.3 s together) stay off the start-up path.
 */
export function lazyHandlers<Names extends readonly string[]>(
  names: Names,
  load: () => Promise<(deps: FeatureDeps) => HandlerGroup<Names>>,
  deps: FeatureDeps
): HandlerGroup<Names> {
  let group: Promise<Record<string, Handler>> | null = null
  const loaded = () =>
    (group ??= load().then((make) => make(deps) as unknown as Record<string, Handler>))
  return Object.fromEntries(
    names.map((name) => [
      name,
      async (arg: never) => {
        const handlers = await loaded()
        return handlers[name]!(arg)
      }
    ])
  ) as unknown as HandlerGroup<Names>
}
