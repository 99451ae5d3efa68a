import type { AuditEntry } from '@shared/entities'
import { formatDayMonthYear } from '@shared/dates/calendar-date'
import { formatDateTime } from './format'

/** The parts of vue-i18n's composer the wording needs, so it stays testable without a component. */
export interface Translator {
  t(key: string, named?: Record<string, unknown>): string
  te(key: string): boolean
}

type Worded = Pick<AuditEntry, 'entity' | 'action' | 'subject' | 'undoneAction'>

/** Entities whose subject is a comma-separated list of edited field names. */
const fieldListEntities = new Set(['organisation', 'settings'])

/** Field names as the core logs them → the label the form shows for them. */
const fieldLabelKeys: Record<string, string> = {
  authorityName: 'organisation.authorityName',
  headerLines: 'organisation.headerLines',
  placeName: 'organisation.placeName',
  documentSymbol: 'organisation.documentSymbol',
  signers: 'organisation.signers',
  logo: 'organisation.logo',
  operatorName: 'organisation.operatorName',
  uiLanguage: 'organisation.uiLanguage'
}

const isoTimestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/
const isoDay = /^\d{4}-\d{2}-\d{2}$/

function fieldList(subject: string, { t }: Translator): string {
  return subject
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '')
    .map((field) => (fieldLabelKeys[field] ? t(fieldLabelKeys[field]) : field))
    .join(', ')
}

/** The subject as the user knows it, for entities logged by a date or a time. */
function shownSubject(entity: string, subject: string, { t }: Translator): string {
  // A restored backup without a name is logged by its ISO creation time.
  if (entity === 'backup' && isoTimestamp.test(subject)) return formatDateTime(subject)
  // A council meeting is logged by its date (by its year when undated, or by an older Dais).
  if (entity === 'council' && isoDay.test(subject))
    return t('audit.councilMeeting.dated', { date: formatDayMonthYear(subject) })
  if (entity === 'council' && /^\d{4}$/.test(subject))
    return t('audit.councilMeeting.ofYear', { year: subject })
  return subject
}

function describeAction(entity: string, action: string, subject: string, tr: Translator): string {
  const key = `audit.describe.${entity}.${action}`
  if (action === 'update' && fieldListEntities.has(entity)) {
    const fields = fieldList(subject, tr)
    return fields === '' ? tr.t(`${key}NoFields`) : tr.t(key, { fields })
  }
  const shown = shownSubject(entity, subject, tr)
  if (tr.te(key)) return tr.t(key, { subject: shown })
  const entityKey = `audit.entities.${entity}`
  const actionKey = `audit.actions.${action}`
  return tr.t('audit.describe.other', {
    entity: tr.te(entityKey) ? tr.t(entityKey) : entity,
    // An entry written by a newer Dais may carry a verb this one does not know yet.
    action: tr.te(actionKey) ? tr.t(actionKey) : action,
    subject: shown
  })
}

/** One audit entry in the UI language, e.g. "Xóa sự kiện “…”" or "Hoàn tác: Xóa sự kiện “…”". */
export function describeAuditEntry(entry: Worded, tr: Translator): string {
  if (entry.action !== 'undo') return describeAction(entry.entity, entry.action, entry.subject, tr)
  return tr.t('audit.describe.undo', { what: describeUndoneChange(entry, tr) })
}

/** The change an undo entry reverted, e.g. "Xóa sự kiện “…”" (for the "Đã hoàn tác: …" toast). */
export function describeUndoneChange(undo: Worded, tr: Translator): string {
  return describeAction(undo.entity, undo.undoneAction ?? '', undo.subject, tr)
}
