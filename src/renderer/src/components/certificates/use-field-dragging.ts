import type { TemplateField } from '@shared/certificates/entities'
import { dragRect, edgesOf, nudgeRect, type DragHandle, type RectMm } from './designer-geometry'

interface Drag {
  id: string
  handle: DragHandle
  start: RectMm
  startX: number
  startY: number
  key: string
}

const arrowKeys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const
type ArrowKey = (typeof arrowKeys)[number]

/**
 * Mouse and keyboard editing of the field boxes: drag to move, handles to resize (snapping to the
 * grid and the other boxes' edges, Alt for none), arrows nudge (Shift = ten steps), Delete removes.
 * One drag is one `mergeKey`, so the history keeps it as one step.
 */
export function useFieldDragging(options: {
  fields: () => TemplateField[]
  page: () => { widthMm: number; heightMm: number }
  scale: () => number
  gridMm: () => number
  disabled: () => boolean
  select: (id: string) => void
  move: (id: string, rect: RectMm, mergeKey: string) => void
  remove: (id: string) => void
}) {
  let drag: Drag | null = null
  let dragCount = 0

  function onPointerDown(event: PointerEvent, field: TemplateField, handle: DragHandle): void {
    if (event.button !== 0) return
    options.select(field.id)
    if (options.disabled()) return
    event.preventDefault()
    event.stopPropagation()
    const { xMm, yMm, widthMm, heightMm } = field
    drag = {
      id: field.id,
      handle,
      start: { xMm, yMm, widthMm, heightMm },
      startX: event.clientX,
      startY: event.clientY,
      key: `drag:${field.id}:${++dragCount}`
    }
    ;(event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId)
    ;(event.currentTarget as HTMLElement).closest<HTMLElement>('.field-box')?.focus()
  }

  function onPointerMove(event: PointerEvent): void {
    if (!drag) return
    const scale = options.scale()
    const dx = (event.clientX - drag.startX) / scale
    const dy = (event.clientY - drag.startY) / scale
    const fields = options.fields()
    const field = fields.find((f) => f.id === drag?.id)
    if (!field) return
    const others = fields.filter((f) => f.id !== field.id)
    const rect = dragRect(drag.start, drag.handle, dx, dy, {
      gridMm: event.altKey ? 0 : options.gridMm(),
      edges: edgesOf(others),
      edgeToleranceMm: 6 / scale,
      page: options.page(),
      minSizeMm: field.type === 'line' ? 0 : 1
    })
    if (
      rect.xMm !== field.xMm ||
      rect.yMm !== field.yMm ||
      rect.widthMm !== field.widthMm ||
      rect.heightMm !== field.heightMm
    )
      options.move(field.id, rect, drag.key)
  }

  function onPointerUp(): void {
    drag = null
  }

  function onFieldKeydown(event: KeyboardEvent, field: TemplateField): void {
    if (options.disabled()) return
    if ((arrowKeys as readonly string[]).includes(event.key)) {
      event.preventDefault()
      const gridMm = options.gridMm()
      const step = (gridMm > 0 ? gridMm : 0.5) * (event.shiftKey ? 10 : 1)
      const rect = nudgeRect(field, event.key as ArrowKey, step, options.page())
      options.move(field.id, rect, `nudge:${field.id}`)
    } else if (event.key === 'Delete') {
      event.preventDefault()
      options.remove(field.id)
    }
  }

  return { onPointerDown, onPointerMove, onPointerUp, onFieldKeydown }
}
