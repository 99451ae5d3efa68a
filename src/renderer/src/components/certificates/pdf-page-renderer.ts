// The worker ships as a file of our own bundle, so the page's CSP (script-src 'self', which
// worker-src falls back to) admits it without any new source.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { base64ToBytes } from '../../event-file'

type PdfJs = typeof import('pdfjs-dist')

type PdfWorker = InstanceType<PdfJs['PDFWorker']>

let loading: Promise<{ pdfjs: PdfJs; worker: PdfWorker }> | null = null

/**
 * pdf.js, loaded on first use (it is large), with one long-lived worker pointed at our bundled
 * copy: starting a worker per preview would cost more than rendering the page.
 */
function loadPdfJs(): Promise<{ pdfjs: PdfJs; worker: PdfWorker }> {
  loading ??= import('pdfjs-dist').then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
    return { pdfjs, worker: new pdfjs.PDFWorker() }
  })
  return loading
}

export interface RenderedPage {
  canvas: HTMLCanvasElement
  widthPt: number
  heightPt: number
}

/**
 * Renders page 1 of a PDF into a fresh canvas at `cssWidth` CSS pixels, sharp on high-DPI
 * screens. The page is white; the designer multiplies it over the blank's scan. Aborting stops
 * the work in the worker and on the canvas (a newer page is waiting) and resolves with null.
 */
export async function renderFirstPage(
  pdfBase64: string,
  cssWidth: number,
  signal: AbortSignal
): Promise<RenderedPage | null> {
  const { pdfjs, worker } = await loadPdfJs()
  if (signal.aborted) return null
  // eval stays off: the CSP has no 'unsafe-eval' and pdf.js falls back to its interpreter.
  // Glyphs are drawn as paths: no FontFace to load (and later unload) for every preview.
  const task = pdfjs.getDocument({
    data: base64ToBytes(pdfBase64),
    worker,
    isEvalSupported: false,
    disableFontFace: true
  })
  // Destroying the loading task cancels its document's pending page and render work too.
  const stop = () => void task.destroy()
  signal.addEventListener('abort', stop, { once: true })
  try {
    const doc = await task.promise
    const page = await doc.getPage(1)
    const base = page.getViewport({ scale: 1 })
    const ratio = Math.min(window.devicePixelRatio || 1, 2)
    const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio })
    const canvas = document.createElement('canvas')
    canvas.width = Math.ceil(viewport.width)
    canvas.height = Math.ceil(viewport.height)
    await page.render({ canvas, viewport }).promise
    return signal.aborted ? null : { canvas, widthPt: base.width, heightPt: base.height }
  } catch (error) {
    if (signal.aborted) return null
    throw error
  } finally {
    signal.removeEventListener('abort', stop)
    stop()
  }
}
