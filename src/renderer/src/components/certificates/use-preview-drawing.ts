import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { renderFirstPage } from './pdf-page-renderer'

/**
 * Draws the first page of the preview PDF into `host`; the newest page replaces the shown one only
 * once fully drawn, and a newer page aborts the draw under way rather than waiting for it.
 */
export function usePreviewDrawing(options: {
  host: Ref<HTMLDivElement | undefined>
  pdfBase64: () => string | null
  widthPx: () => number
  label: () => string
  onRendered: (ms: number) => void
}) {
  const revision = ref(0)
  /** How long pdf.js took for the last page, for the latency readout and tests. */
  const drawMs = ref(0)
  let pending: AbortController | null = null

  async function draw(): Promise<void> {
    pending?.abort()
    const controller = new AbortController()
    pending = controller
    const { signal } = controller
    const host = options.host.value
    if (!host) return
    const pdfBase64 = options.pdfBase64()
    if (!pdfBase64) {
      host.replaceChildren()
      return
    }
    const started = performance.now()
    try {
      const page = await renderFirstPage(pdfBase64, options.widthPx(), signal)
      if (!page || signal.aborted) return
      page.canvas.className = 'designer-preview-canvas'
      page.canvas.setAttribute('role', 'img')
      page.canvas.setAttribute('aria-label', options.label())
      host.replaceChildren(page.canvas)
      revision.value++
      drawMs.value = Math.round(performance.now() - started)
      options.onRendered(drawMs.value)
    } catch (error) {
      if (!signal.aborted) console.error(error)
    }
  }

  watch(() => [options.pdfBase64(), options.widthPx(), options.host.value], draw, {
    immediate: true
  })
  onBeforeUnmount(() => pending?.abort())
  return { revision, drawMs }
}
