import { readFileSync, renameSync, writeFileSync } from 'node:fs'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

/** Bounds to open with; x/y absent means "let the OS centre the window". */
export interface InitialWindowState {
  bounds: { x?: number; y?: number; width: number; height: number }
  maximized: boolean
}

export const windowStateFileName = 'window-state.json'
export const defaultWindowSize = { width: 1280, height: 800 }
export const minimumWindowSize = { width: 960, height: 600 }
/** Pixels of the window that must lie on a display for the saved position to be kept. */
const minimumVisible = { width: 120, height: 60 }

const isInt = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max

/** The saved state if it has the expected shape and sane numbers, else null. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown }
  if (typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds as Partial<Record<keyof Rect, unknown>>
  const limit = 100_000
  if (!isInt(x, -limit, limit) || !isInt(y, -limit, limit)) return null
  if (!isInt(width, 1, limit) || !isInt(height, 1, limit)) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))
})

const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), Math.max(min, max))

/**
 * Fits a saved state to the displays present now (primary work area first): the size is kept
 * within the display, the position only if enough of the window would be visible on one of them,
 * and then moved fully onto it. Without displays or a usable state, a default size is centred.
 */
export function fitWindowState(
  state: WindowState | null,
  workAreas: readonly Rect[]
): InitialWindowState {
  const primary = workAreas[0]
  const fitSize = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: area
      ? clamp(size.width, Math.min(minimumWindowSize.width, area.width), area.width)
      : size.width,
    height: area
      ? clamp(size.height, Math.min(minimumWindowSize.height, area.height), area.height)
      : size.height
  })
  if (!state) return { bounds: fitSize(defaultWindowSize, primary), maximized: false }

  const home = workAreas
    .map((area) => ({ area, visible: overlap(state.bounds, area) }))
    .filter(
      ({ visible }) =>
        visible.width >= minimumVisible.width && visible.height >= minimumVisible.height
    )
    .sort(
      (a, b) => b.visible.width * b.visible.height - a.visible.width * a.visible.height
    )[0]?.area

  if (!home) return { bounds: fitSize(state.bounds, primary), maximized: state.maximized }
  const size = fitSize(state.bounds, home)
  return {
    bounds: {
      x: clamp(state.bounds.x, home.x, home.x + home.width - size.width),
      y: clamp(state.bounds.y, home.y, home.y + home.height - size.height),
      ...size
    },
    maximized: state.maximized
  }
}

/** Reads and fits the saved state; a missing or damaged file just means default placement. */
export function loadWindowState(file: string, workAreas: readonly Rect[]): InitialWindowState {
  let saved: WindowState | null = null
  try {
    saved = parseWindowState(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    saved = null
  }
  return fitWindowState(saved, workAreas)
}

/** Written whole to a temp file and renamed, so a crash never leaves half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, JSON.stringify(state), 'utf8')
  renameSync(temp, file)
}
