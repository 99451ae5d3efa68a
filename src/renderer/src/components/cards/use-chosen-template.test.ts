import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import type { Template } from '@shared/certificates/entities'
import { useChosenTemplate } from './use-chosen-template'

const tpl = (id: string, name: string, builtIn = false) => ({ id, name, builtIn }) as Template
const shipped = tpl('builtin-tent-a4', 'Biển tên A4 gập đôi', true)

function chooser(list: Template[] | undefined) {
  const templates = ref<Template[] | undefined>(list)
  const templateId = ref('')
  return { templates, templateId, ...useChosenTemplate(() => templates.value, templateId) }
}

describe('useChosenTemplate', () => {
  it('chooses the office’s own design first, else the first shipped, once the list arrives', async () => {
    const c = chooser(undefined)
    expect(c.templateId.value).toBe('')
    c.templates.value = [shipped, tpl('own', 'Biển tên Đoàn Chủ tịch')]
    await nextTick()
    expect(c.templateId.value).toBe('own')
    expect(c.replaced.value).toBeNull()
    expect(chooser([shipped]).templateId.value).toBe('builtin-tent-a4')
  })

  it('names the template that left the list and the one chosen instead', async () => {
    const c = chooser([shipped, tpl('a', 'Mẫu A'), tpl('b', 'Mẫu B')])
    c.templateId.value = 'b'
    await nextTick()
    c.templates.value = [shipped, tpl('a', 'Mẫu A')]
    await nextTick()
    expect(c.templateId.value).toBe('a')
    expect(c.replaced.value).toEqual({ gone: 'Mẫu B', now: 'Mẫu A' })
    await nextTick()
    // Still said after the choice it made; cleared by the user's own choice.
    expect(c.replaced.value).toEqual({ gone: 'Mẫu B', now: 'Mẫu A' })
    c.templateId.value = 'builtin-tent-a4'
    await nextTick()
    expect(c.replaced.value).toBeNull()
  })

  it('keeps the choice, without a word, when other templates come and go', async () => {
    const c = chooser([shipped, tpl('a', 'Mẫu A')])
    c.templates.value = [shipped, tpl('a', 'Mẫu A đổi tên'), tpl('c', 'Mẫu C')]
    await nextTick()
    c.templates.value = [shipped, tpl('a', 'Mẫu A đổi tên')]
    await nextTick()
    expect(c.templateId.value).toBe('a')
    expect(c.replaced.value).toBeNull()
    // Renamed, then gone: named as it was last listed.
    c.templates.value = [shipped]
    await nextTick()
    expect(c.replaced.value).toEqual({ gone: 'Mẫu A đổi tên', now: 'Biển tên A4 gập đôi' })
  })
})
