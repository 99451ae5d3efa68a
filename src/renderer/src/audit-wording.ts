import type { AuditEntry } from '@shared/entities'
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

function fieldList(subject: string, { t }: Translator): string {
  return subject
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field !== '')
    .map((field) => (fieldLabelKeys[field] ? t(fieldLabelKeys[field]) : field))
    .join(', ')
}

function describeAction(entity: string, action: string, subject: string, tr: Translator): string {
  const key = `audit.describe.${entity}.${action}`
  if (action === 'update' && fieldListEntities.has(entity)) {
    const fields = fieldList(subject, tr)
    return fields === '' ? tr.t(`${key}NoFields`) : tr.t(key, { fields })
  }
  // A restored backup without a name is logged by its ISO creation time.
  const shown =
    entity === 'backup' && isoTimestamp.test(subject) ? formatDateTime(subject) : subject
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
