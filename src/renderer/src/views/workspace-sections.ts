import { defineAsyncComponent, h, type Component } from 'vue'
import EventOverviewSection from '../components/EventOverviewSection.vue'
import SectionLoading from '../components/SectionLoading.vue'

/**
 * The sections of an event workspace, in tab order. Each component receives `event` and
 * `readOnly` and may emit `edit`. Feature sections load on first use.
 */
export interface WorkspaceSection {
  key: string
  /** i18n key of the tab label. */
  labelKey: string
  component: Component
}

/** A section still loading says so after a moment; one that cannot load says what to do. */
const lazy = (load: () => Promise<{ default: Component }>) =>
  defineAsyncComponent({
    loader: load,
    loadingComponent: SectionLoading,
    delay: 150,
    errorComponent: { render: () => h(SectionLoading, { failed: true }) }
  })

export const workspaceSections: WorkspaceSection[] = [
  { key: 'overview', labelKey: 'workspace.sections.overview', component: EventOverviewSection },
  {
    key: 'delegates',
    labelKey: 'workspace.sections.delegates',
    component: lazy(() => import('../components/delegates/DelegatesSection.vue'))
  },
  {
    key: 'rosters',
    labelKey: 'workspace.sections.rosters',
    component: lazy(() => import('../components/rosters/RostersSection.vue'))
  },
  {
    key: 'honours',
    labelKey: 'workspace.sections.honours',
    component: lazy(() => import('../components/honours/HonoursSection.vue'))
  },
  {
    key: 'certificates',
    labelKey: 'workspace.sections.certificates',
    component: lazy(() => import('../components/certificates/CertificatesSection.vue'))
  },
  {
    key: 'cards',
    labelKey: 'workspace.sections.cards',
    component: lazy(() => import('../components/cards/CardsSection.vue'))
  },
  {
    key: 'check-in',
    labelKey: 'workspace.sections.checkIn',
    component: lazy(() => import('../components/check-in/CheckInSection.vue'))
  },
  {
    key: 'seating',
    labelKey: 'workspace.sections.seating',
    component: lazy(() => import('../components/seating/SeatingSection.vue'))
  },
  {
    key: 'agenda',
    labelKey: 'workspace.sections.agenda',
    component: lazy(() => import('../components/agenda/AgendaSection.vue'))
  }
]
