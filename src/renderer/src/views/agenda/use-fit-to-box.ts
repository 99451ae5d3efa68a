import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'

/** The next smaller scale while the box still overflows; null once it fits or is at `min`. */
export function shrinkStep(scale: number, overflowing: boolean, min: number): number | null {
  if (!overflowing || scale <= min) return null
  return Math.max(min, Math.round((scale - 0.05) * 100) / 100)
}

/**
 * A scale (1 down to `min`) for the text of a box, so everything it holds shows without scrolling:
 * the names of a round on the MC's screen, whatever the window. Fitted again when `watched`
 * changes and when the window is resized; below `min` the box scrolls.
 */
export function useFitToBox(
  box: Ref<HTMLElement | null>,
  watched: () => unknown,
  min = 0.6
): Ref<number> {
  const scale = ref(1)
  let fitting = false
  async function fit(): Promise<void> {
    if (fitting) return
    fitting = true
    try {
      scale.value = 1
      await nextTick()
      for (;;) {
        const el = box.value
        const next = el ? shrinkStep(scale.value, el.scrollHeight > el.clientHeight, min) : null
        if (next === null) break
        scale.value = next
        await nextTick()
      }
    } finally {
      fitting = false
    }
  }
  const refit = () => void fit()
  watch(watched, refit, { flush: 'post' })
  onMounted(() => {
    window.addEventListener('resize', refit)
    refit()
  })
  onBeforeUnmount(() => window.removeEventListener('resize', refit))
  return scale
}
