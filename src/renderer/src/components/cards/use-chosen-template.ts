import { computed, ref, watch, type Ref } from 'vue'
import type { Template } from '@shared/certificates/entities'

/**
 * The template a print uses, chosen at first as the office's own design, else the first shipped
 * one. When the chosen one leaves the list (deleted here or in another window, its creation
 * undone), another is chosen and `replaced` names both, so nothing prints with a template the
 * user did not pick without a word; choosing a template clears it.
 */
export function useChosenTemplate(
  templates: () => readonly Template[] | undefined,
  templateId: Ref<string>
) {
  const template = computed(() => templates()?.find((x) => x.id === templateId.value))
  const replaced = ref<{ gone: string; now: string } | null>(null)
  /** The name of the template chosen, while it was listed. */
  let chosenName = ''
  let autoChosen: string | null = null

  watch(
    templates,
    (list) => {
      if (!list || template.value) return
      const next = list.find((x) => !x.builtIn) ?? list[0]
      autoChosen = next?.id ?? ''
      replaced.value = chosenName && next ? { gone: chosenName, now: next.name } : null
      templateId.value = autoChosen
    },
    { immediate: true }
  )
  watch(
    template,
    (now) => {
      if (now) chosenName = now.name
    },
    { immediate: true }
  )
  watch(templateId, (id) => {
    if (id !== autoChosen) replaced.value = null
    autoChosen = null
  })

  return { template, replaced }
}
