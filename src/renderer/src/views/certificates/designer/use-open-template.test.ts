import { describe, expect, it } from 'vitest'
import { createApp, effectScope, nextTick, shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Template } from '@shared/certificates/entities'
import { useOpenTemplate } from './use-open-template'

const template = (id: string, name = id) => ({ id, name }) as Template

async function openAt(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/certificate-setup', component: { template: '<div />' } }]
  })
  await router.push(path)
  const app = createApp({}).use(router)
  const list = shallowRef<Template[] | undefined>(undefined)
  const opened = app.runWithContext(() => effectScope().run(() => useOpenTemplate(list))!)
  const settle = async () => {
    await nextTick()
    await router.isReady()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { router, list, opened, settle, query: () => router.currentRoute.value.query }
}

describe('the template open in the designer', () => {
  it('is read from the address once the list arrives, and opening another keeps the other query keys', async () => {
    const { list, opened, settle, query } = await openAt('/certificate-setup?tab=fonts&template=t1')
    expect(opened.open.value).toBeNull()
    expect(opened.missingLink.value).toBe(false)
    list.value = [template('t1'), template('t2')]
    await settle()
    expect(opened.open.value?.id).toBe('t1')

    opened.openTemplate('t2')
    await settle()
    expect(query()).toEqual({ tab: 'fonts', template: 't2' })
    expect(opened.open.value?.id).toBe('t2')
    opened.close()
    await settle()
    expect(query()).toEqual({ tab: 'fonts' })
    expect(opened.open.value).toBeNull()
  })

  it.each([
    ['a template that does not exist', '/certificate-setup?template=gone'],
    ['an empty id', '/certificate-setup?template='],
    ['two ids', '/certificate-setup?template=t1&template=t2'],
    ['markup', '/certificate-setup?template=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']
  ])('a link naming %s opens the list with the message', async (_case, path) => {
    const { list, opened, settle, query } = await openAt(path)
    list.value = [template('t1'), template('t2')]
    await settle()
    expect(opened.open.value).toBeNull()
    expect(opened.missingLink.value).toBe(true)
    expect(query().template).toBeUndefined()
  })

  it('keeps the last version seen once the open template is gone from the list, and says it was deleted', async () => {
    const { list, opened, settle, query } = await openAt('/certificate-setup?template=t1')
    list.value = [template('t1', 'Giấy khen phường')]
    await settle()
    expect(opened.deleted.value).toBe(false)
    list.value = []
    await settle()
    expect(opened.deleted.value).toBe(true)
    expect(opened.open.value?.name).toBe('Giấy khen phường')
    expect(opened.missingLink.value).toBe(false)
    expect(query().template).toBe('t1')

    opened.close()
    await settle()
    expect(opened.open.value).toBeNull()
    expect(opened.deleted.value).toBe(false)
  })
})
