import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { auditActions, type AuditEntry } from '@shared/entities'
import { messages, type UiLanguage } from './i18n'
import { describeAuditEntry, describeUndoneChange, type Translator } from './audit-wording'
import { sampleAuditEntry } from './testing/test-fixtures'

function translator(locale: UiLanguage): Translator {
  const { global } = createI18n({ legacy: false, locale, messages })
  return { t: (key, named) => global.t(key, named ?? {}), te: (key) => global.te(key) }
}

const vi = translator('vi')
const en = translator('en')
const entry = (over: Partial<AuditEntry>) => sampleAuditEntry({ subject: 'Hội nghị X', ...over })

describe('describeAuditEntry', () => {
  it('words event changes with the event title', () => {
    expect(describeAuditEntry(entry({ action: 'create' }), vi)).toBe('Tạo sự kiện “Hội nghị X”')
    expect(describeAuditEntry(entry({ action: 'update' }), vi)).toBe('Sửa sự kiện “Hội nghị X”')
    expect(describeAuditEntry(entry({ action: 'delete' }), vi)).toBe('Xóa sự kiện “Hội nghị X”')
    expect(describeAuditEntry(entry({ action: 'archive' }), vi)).toBe(
      'Lưu trữ sự kiện “Hội nghị X”'
    )
    expect(describeAuditEntry(entry({ action: 'delete' }), en)).toBe('Deleted event “Hội nghị X”')
    expect(describeAuditEntry(entry({ action: 'duplicate' }), en)).toBe(
      'Duplicated an event as “Hội nghị X”'
    )
  })

  it('names a council meeting by its date (by its year when undated, as an older Dais logged it)', () => {
    const council = (subject: string) =>
      sampleAuditEntry({ entity: 'council', action: 'undo', undoneAction: 'update', subject })
    expect(describeUndoneChange(council('2025-09-05'), vi)).toBe(
      'Phiên họp Hội đồng: sửa “cuộc họp ngày 05/09/2025”'
    )
    expect(describeUndoneChange(council('2025-09-05'), en)).toBe(
      'Council meeting: edited “meeting of 05/09/2025”'
    )
    expect(describeUndoneChange(council('2025'), vi)).toBe(
      'Phiên họp Hội đồng: sửa “cuộc họp năm 2025”'
    )
  })

  it('words an import from a file', () => {
    expect(describeAuditEntry(entry({ action: 'import' }), vi)).toBe(
      'Nhập sự kiện “Hội nghị X” từ tệp'
    )
    expect(describeAuditEntry(entry({ action: 'import' }), en)).toBe(
      'Imported event “Hội nghị X” from a file'
    )
    expect(describeUndoneChange(entry({ action: 'undo', undoneAction: 'import' }), vi)).toBe(
      'Nhập sự kiện “Hội nghị X” từ tệp'
    )
  })

  it('translates the edited field names of organisation and settings', () => {
    const org = entry({
      entity: 'organisation',
      action: 'update',
      subject: 'authorityName, signers'
    })
    expect(describeAuditEntry(org, vi)).toBe('Cập nhật thông tin cơ quan (Tên cơ quan, Người ký)')
    expect(describeAuditEntry(org, en)).toBe('Updated the organisation (Authority name, Signers)')
    const settings = entry({ entity: 'settings', action: 'update', subject: 'uiLanguage' })
    expect(describeAuditEntry(settings, vi)).toBe('Thay đổi cài đặt (Ngôn ngữ giao diện)')
    expect(describeAuditEntry(settings, en)).toBe('Changed settings (Interface language)')
    expect(describeAuditEntry({ ...settings, subject: '' }, vi)).toBe('Thay đổi cài đặt')
    expect(describeAuditEntry({ ...org, subject: 'someNewField' }, en)).toBe(
      'Updated the organisation (someNewField)'
    )
  })

  it('words the sample and backup restores', () => {
    const sample = entry({ entity: 'organisation', action: 'sample', subject: 'UBND phường' })
    expect(describeAuditEntry(sample, vi)).toBe(
      'Điền thông tin cơ quan từ sự kiện mẫu (“UBND phường”)'
    )
    const restore = entry({ entity: 'backup', action: 'restore', subject: 'Trước khi sửa' })
    expect(describeAuditEntry(restore, vi)).toBe('Khôi phục từ bản sao lưu “Trước khi sửa”')
    expect(describeAuditEntry(restore, en)).toBe('Restored from backup “Trước khi sửa”')
    const at = new Date(2025, 8, 5, 8, 3).toISOString()
    expect(describeAuditEntry({ ...restore, subject: at }, vi)).toBe(
      'Khôi phục từ bản sao lưu “05/09/2025 08:03”'
    )
  })

  it('words an undo as the change it reverted', () => {
    const undo = entry({ action: 'undo', undoneAction: 'delete' })
    expect(describeAuditEntry(undo, vi)).toBe('Hoàn tác: Xóa sự kiện “Hội nghị X”')
    expect(describeAuditEntry(undo, en)).toBe('Undo: Deleted event “Hội nghị X”')
    expect(describeUndoneChange(undo, vi)).toBe('Xóa sự kiện “Hội nghị X”')
    const orgUndo = entry({
      entity: 'organisation',
      action: 'undo',
      undoneAction: 'update',
      subject: 'placeName'
    })
    expect(describeAuditEntry(orgUndo, vi)).toBe('Hoàn tác: Cập nhật thông tin cơ quan (Địa danh)')
  })

  it('words every action the core can log in both languages, never as a method name', () => {
    for (const action of auditActions) {
      for (const tr of [vi, en]) {
        expect(tr.te(`audit.actions.${action}`), action).toBe(true)
        const text = describeAuditEntry(entry({ entity: 'roster', action, subject: 'DS' }), tr)
        if (action !== 'undo') expect(text, action).not.toContain(`: ${action} “`)
      }
    }
    const start = entry({ entity: 'agendaItem', action: 'start', subject: 'Khai mạc' })
    expect(describeAuditEntry(start, vi)).toBe('Mục chương trình: bắt đầu mục “Khai mạc”')
    expect(describeAuditEntry(start, en)).toBe('Agenda item: item started “Khai mạc”')
    const reset = entry({ entity: 'agendaItem', action: 'undo', undoneAction: 'reset-run' })
    expect(describeUndoneChange(reset, en)).toBe('Agenda item: actual times cleared “Hội nghị X”')
  })

  it('falls back to a neutral wording for actions it does not know', () => {
    expect(describeAuditEntry(entry({ action: 'merge' }), vi)).toBe('Sự kiện: merge “Hội nghị X”')
    expect(describeAuditEntry(entry({ action: 'merge' }), en)).toBe('Event: merge “Hội nghị X”')
  })

  it('keeps markup-like subjects as plain text', () => {
    const title = '<img src=x onerror=alert(1)> {x} @:y'
    expect(describeAuditEntry(entry({ subject: title }), vi)).toBe(`Tạo sự kiện “${title}”`)
  })
})
