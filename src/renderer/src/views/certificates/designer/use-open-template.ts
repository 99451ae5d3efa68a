import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { Template } from '@shared/certificates/entities'

/**
 * The template open in the designer. It lives in the URL (`?template=<id>`, beside the other
 * query keys, as the event workspace keeps its tab in `?tab=`), so a reload returns to it.
 *
 * `templates` is the list as read (undefined until the first answer). Once the open template is
 * gone from it (deleted in another window, or its creation undone) `open` keeps the last version
 * seen and `deleted` is true, so the designer can keep unsaved edits. A URL naming a template
 * that does not exist (deleted before, or garbage) opens the list with `missingLink` set.
 */
export function useOpenTemplate(templates: Ref<Template[] | undefined>) {
  const route = useRoute()
  const router = useRouter()

  const openId = computed<string | null>(() => {
    const id = route.query.template
    return typeof id === 'string' && id !== '' ? id : null
  })
  function setOpenId(id: string | null): void {
    const { template: _dropped, ...rest } = route.query
    void router.replace({ query: id ? { ...rest, template: id } : rest })
  }

  const listed = computed(() => templates.value?.find((x) => x.id === openId.value) ?? null)
  const lastSeen = shallowRef<Template | null>(null)
  watch(
    [openId, listed],
    ([id, template]) => {
      if (template) lastSeen.value = template
      else if (!id || lastSeen.value?.id !== id) lastSeen.value = null
    },
    { immediate: true }
  )
  const deleted = computed(
    () => templates.value !== undefined && !listed.value && lastSeen.value !== null
  )
  const open = computed(() => listed.value ?? (deleted.value ? lastSeen.value : null))

  const missingLink = ref(false)
  watch(
    [() => route.query.template, templates],
    ([asked, list]) => {
      if (asked === undefined || list === undefined || open.value) return
      missingLink.value = true
      setOpenId(null)
    },
    { immediate: true }
  )

  return {
    open,
    deleted,
    missingLink,
    openTemplate(id: string): void {
      missingLink.value = false
      setOpenId(id)
    },
    close(): void {
      setOpenId(null)
    }
  }
}
