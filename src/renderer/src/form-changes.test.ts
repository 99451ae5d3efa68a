import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, reactive, ref } from 'vue'
import { trackFormChanges } from './form-changes'

/** A form that is filled afresh each time it opens, as the dialogs do. */
function dialog() {
  const open = ref(false)
  const model = reactive({ name: '', year: null as number | null })
  const scope = effectScope()
  const changes = scope.run(() => trackFormChanges(() => open.value, model))!
  const show = async (fill: Partial<typeof model> = {}) => {
    Object.assign(model, { name: '', year: null }, fill)
    open.value = true
    await nextTick()
  }
  return { open, model, changes, show, stop: () => scope.stop() }
}

describe('form changes', () => {
  it('an untouched form has nothing to lose, a typed one has', async () => {
    const d = dialog()
    await d.show({ name: 'Hội nghị' })
    expect(d.changes.isDirty()).toBe(false)
    d.model.name = 'Hội nghị tổng kết'
    expect(d.changes.isDirty()).toBe(true)
    d.model.name = 'Hội nghị'
    expect(d.changes.isDirty()).toBe(false)
    d.stop()
  })

  it('compares with what the form held when it opened this time', async () => {
    const d = dialog()
    await d.show()
    d.model.name = 'typed'
    d.open.value = false
    expect(d.changes.isDirty()).toBe(false)
    await nextTick()
    await d.show({ name: 'Đại biểu' })
    expect(d.changes.isDirty()).toBe(false)
    d.stop()
  })

  it('a field holding unreadable text makes the form dirty though the model did not change', async () => {
    const d = dialog()
    const text = ref('')
    const remove = d.changes.addField({
      isUnreadable: () => text.value === '31/02/2025',
      reset: () => void (text.value = '')
    })
    await d.show()
    text.value = '31/02/2025'
    expect(d.changes.isDirty()).toBe(true)
    // Opening the form again shows the model's value, not the text left from last time.
    d.open.value = false
    await nextTick()
    await d.show()
    expect(text.value).toBe('')
    expect(d.changes.isDirty()).toBe(false)
    text.value = '31/02/2025'
    remove()
    expect(d.changes.isDirty()).toBe(false)
    d.stop()
  })

  it('a getter form and a save that keeps the dialog open', async () => {
    const open = ref(false)
    const pages = ref('')
    const scope = effectScope()
    const changes = scope.run(() =>
      trackFormChanges(
        () => open.value,
        () => ({ pages: pages.value })
      )
    )!
    open.value = true
    await nextTick()
    pages.value = '1-3'
    expect(changes.isDirty()).toBe(true)
    changes.markClean()
    expect(changes.isDirty()).toBe(false)
    scope.stop()
  })
})
