import { computed, ref, type Ref } from 'vue'
import type { Template } from '@shared/certificates/entities'
import { useRefusedNumbers } from '../../../components/number-field'
import { provideRefusalKeeper } from '../../../components/refusal-keeper'
import { layerFields, type DesignLayer } from '../../../components/certificates/template-edits'

/** The key of one property of one field in one layer ("style.sizePt" for a text style's). */
export const propertyKey = (layer: DesignLayer, fieldId: string, property: string): string =>
  JSON.stringify([layer, fieldId, property])

function readKey(key: string): { layer: DesignLayer; fieldId: string; property: string } {
  const [layer, fieldId, property] = JSON.parse(key) as [DesignLayer, string, string]
  return { layer, fieldId, property }
}

/** The value a property key names in the template; undefined once the field is gone. */
export function propertyValue(template: Template, key: string): number | null | undefined {
  const { layer, fieldId, property } = readKey(key)
  const field = layerFields(template, layer).find((f) => f.id === fieldId)
  if (!field) return undefined
  let value: unknown = field
  for (const part of property.split('.')) value = (value as Record<string, unknown>)?.[part]
  return typeof value === 'number' ? value : undefined
}

const propertyLabels: Record<string, string> = {
  xMm: 'box.xMm',
  yMm: 'box.yMm',
  widthMm: 'box.widthMm',
  heightMm: 'box.heightMm',
  widthPt: 'strokePt',
  'style.sizePt': 'sizePt',
  'style.minSizePt': 'minSizePt',
  'style.maxLines': 'maxLines',
  'style.lineHeight': 'lineHeight'
}

/** The message key (under certificates.designer) of a property's label in the properties panel. */
export const propertyLabelKey = (property: string): string =>
  `certificates.designer.${propertyLabels[property] ?? 'properties'}`

/** A refused value of a field not on screen: where it is, for the message and the way back. */
export interface HeldProperty {
  layer: DesignLayer
  fieldId: string
  fieldLabel: string
  property: string
  draft: number | null
}

/**
 * The designer's number fields that refuse their value, whether on screen or kept for a field
 * not selected any more: `held` holds the save; `elsewhere` names the first one kept, and
 * `select` brings its field back to correct it. `forget` drops them all with the edits being
 * discarded; the number fields on screen start anew when `generation` (part of their key) moves.
 */
export function useDesignerRefusals(options: {
  draft: Ref<Template>
  layer: Ref<DesignLayer>
  selectedId: Ref<string | null>
}) {
  const onScreen = useRefusedNumbers()
  const keeper = provideRefusalKeeper((key) => propertyValue(options.draft.value, key))
  const held = computed(() => onScreen.any.value || keeper.kept.value.length > 0)

  const elsewhere = computed<HeldProperty | null>(() => {
    const first = keeper.kept.value[0]
    if (!first) return null
    const { layer, fieldId, property } = readKey(first.key)
    const field = layerFields(options.draft.value, layer).find((f) => f.id === fieldId)
    return { layer, fieldId, fieldLabel: field?.label || fieldId, property, draft: first.draft }
  })

  function select(place: { layer: DesignLayer; fieldId: string }): void {
    options.layer.value = place.layer
    options.selectedId.value = place.fieldId
  }

  /** The keys of the selected field's properties (`keepAs` of its number fields). */
  const keyOf = (property: string): string | undefined =>
    options.selectedId.value === null
      ? undefined
      : propertyKey(options.layer.value, options.selectedId.value, property)

  const generation = ref(0)
  function forget(): void {
    keeper.clear()
    generation.value++
  }

  return { held, elsewhere, select, keyOf, forget, generation }
}
