import type { Chart as ChartClass } from 'chart.js'

let loading: Promise<typeof ChartClass> | null = null

/**
 * chart.js, in its own chunk: asked for when the movement screen opens, so it loads and compiles
 * while the records are read instead of before the screen can start.
 */
export function loadChartLibrary(): Promise<typeof ChartClass> {
  loading ??= import('chart.js').then((c) => {
    c.Chart.register(
      c.LineController,
      c.LineElement,
      c.PointElement,
      c.LinearScale,
      c.CategoryScale,
      c.Legend,
      c.Tooltip
    )
    return c.Chart
  })
  return loading
}
