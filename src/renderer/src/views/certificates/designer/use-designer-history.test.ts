import { describe, expect, it } from 'vitest'
import type { Template } from '@shared/certificates/entities'
import { newField } from '../../../components/certificates/template-edits'
import { useDesignerHistory } from './use-designer-history'

const page = { widthMm: 297, heightMm: 210 }

function template(over: Partial<Template> = {}): Template {
  return {
    id: 't1',
    name: 'Mẫu',
    builtIn: false,
    page,
    mode: 'blank',
    background: null,
    fields: [newField('text', 'name', page, 'Tên', 'Tinos')],
    variants: { collective: [], individual: [], household: [] },
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...over
  }
}

/** A clock the test moves by hand. */
function clock() {
  let now = 0
  return { now: () => now, advance: (ms: number) => (now += ms) }
}

describe('the designer draft and its local undo', () => {
  it('edits make it dirty; undo and redo walk the steps; undoing all makes it clean', () => {
    const time = clock()
    const h = useDesignerHistory(template(), () => false, time.now)
    expect(h.dirty.value).toBe(false)
    h.edit(undefined, (t) => (t.name = 'Một'))
    time.advance(5000)
    h.edit(undefined, (t) => (t.mode = 'full'))
    expect(h.dirty.value).toBe(true)
    expect(h.canUndo.value).toBe(true)
    h.undo()
    expect(h.draft.value.mode).toBe('blank')
    expect(h.draft.value.name).toBe('Một')
    h.undo()
    expect(h.draft.value.name).toBe('Mẫu')
    expect(h.dirty.value).toBe(false)
    expect(h.canUndo.value).toBe(false)
    h.redo()
    expect(h.draft.value.name).toBe('Một')
    expect(h.canRedo.value).toBe(true)
  })

  it('edits with one merge key close together are one step', () => {
    const time = clock()
    const h = useDesignerHistory(template(), () => false, time.now)
    for (const name of ['M', 'Mu', 'Mục']) {
      h.edit('name', (t) => (t.name = name))
      time.advance(100)
    }
    h.undo()
    expect(h.draft.value.name).toBe('Mẫu')
  })

  it('a built-in template or a read-only app refuses every edit', () => {
    const builtIn = useDesignerHistory(template({ builtIn: true }), () => false)
    builtIn.edit(undefined, (t) => (t.name = 'Khác'))
    expect(builtIn.draft.value.name).toBe('Mẫu')
    expect(builtIn.locked.value).toBe(true)
    const readOnly = useDesignerHistory(template(), () => true)
    readOnly.edit(undefined, (t) => (t.name = 'Khác'))
    expect(readOnly.dirty.value).toBe(false)
  })

  it('saving makes the answer the new baseline and clears the undo steps', () => {
    const h = useDesignerHistory(template(), () => false)
    h.edit(undefined, (t) => (t.name = 'Đã sửa'))
    h.markSaved(template({ name: 'Đã sửa', updatedAt: '2025-09-02T00:00:00.000Z' }))
    expect(h.dirty.value).toBe(false)
    expect(h.canUndo.value).toBe(false)
    h.edit(undefined, (t) => (t.name = 'Lần nữa'))
    h.discard()
    expect(h.draft.value.name).toBe('Đã sửa')
    expect(h.dirty.value).toBe(false)
  })

  it('a new background counts as a change even though it is compared by identity', () => {
    const h = useDesignerHistory(template(), () => false)
    h.edit(undefined, (t) => (t.background = { mime: 'image/png', dataBase64: 'AAAA' }))
    expect(h.dirty.value).toBe(true)
    h.undo()
    expect(h.dirty.value).toBe(false)
  })

  it('follows the saved template while nothing is edited, and keeps an edit under way', () => {
    const h = useDesignerHistory(template(), () => false)
    h.edit('name', (t) => (t.name = 'Gõ dở'))
    h.undo()
    expect(h.canRedo.value).toBe(true)
    h.follow(template())
    expect(h.canRedo.value).toBe(true)
    h.follow(template({ name: 'Đổi ở cửa sổ khác', mode: 'full' }))
    expect(h.draft.value.name).toBe('Đổi ở cửa sổ khác')
    expect(h.draft.value.mode).toBe('full')
    expect(h.dirty.value).toBe(false)
    h.follow(template({ background: { mime: 'image/png', dataBase64: 'AAAA' } }))
    expect(h.draft.value.background?.dataBase64).toBe('AAAA')
    expect(h.dirty.value).toBe(false)

    h.edit(undefined, (t) => (t.name = 'Đang sửa'))
    h.follow(template({ name: 'Lần đổi khác' }))
    expect(h.draft.value.name).toBe('Đang sửa')
    expect(h.dirty.value).toBe(true)
  })

  it('once the edits are undone or discarded, follows a version saved meanwhile elsewhere', () => {
    const h = useDesignerHistory(template(), () => false)
    const theirs = template({ name: 'Lưu ở cửa sổ khác', updatedAt: '2025-09-03T00:00:00.000Z' })
    h.edit(undefined, (t) => (t.mode = 'full'))
    h.follow(theirs)
    expect(h.draft.value.name).toBe('Mẫu')
    h.undo()
    expect(h.draft.value.name).toBe('Lưu ở cửa sổ khác')
    expect(h.baseRevision.value).toBe('2025-09-03T00:00:00.000Z')
    expect(h.dirty.value).toBe(false)

    const later = template({ name: 'Lần lưu sau', updatedAt: '2025-09-04T00:00:00.000Z' })
    h.edit(undefined, (t) => (t.mode = 'full'))
    h.follow(later)
    h.discard()
    expect(h.draft.value.name).toBe('Lần lưu sau')
    expect(h.baseRevision.value).toBe('2025-09-04T00:00:00.000Z')

    // A version seen before the user's own save is not followed after it.
    h.edit(undefined, (t) => (t.mode = 'full'))
    h.follow(template({ name: 'Cũ', updatedAt: '2025-09-05T00:00:00.000Z' }))
    h.markSaved(template({ name: 'Của tôi', mode: 'full', updatedAt: '2025-09-06T00:00:00.000Z' }))
    expect(h.draft.value.name).toBe('Của tôi')
  })

  it('hands the preview the time of the oldest edit not yet drawn, once', () => {
    const time = clock()
    const h = useDesignerHistory(template(), () => false, time.now)
    expect(h.takeEditedAt()).toBeNull()
    time.advance(10)
    h.edit(undefined, (t) => (t.name = 'A'))
    time.advance(10)
    h.edit(undefined, (t) => (t.name = 'B'))
    expect(h.takeEditedAt()).toBe(10)
    expect(h.takeEditedAt()).toBeNull()
  })
})
