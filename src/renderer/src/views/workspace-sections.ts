import type { Component } from 'vue'
import EventOverviewSection from '../components/EventOverviewSection.vue'

/**
 * The sections of an event workspace, in tab order. A feature adds its entry here once it works;
 * each component receives `event` and `readOnly` and may emit `edit`.
 */
export interface WorkspaceSection {
  key: string
  /** i18n key of the tab label. */
  labelKey: string
  component: Component
}

export const workspaceSections: WorkspaceSection[] = [
  { key: 'overview', labelKey: 'workspace.sections.overview', component: EventOverviewSection }
]
