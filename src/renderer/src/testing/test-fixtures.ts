import type { AppInfo, AuditEntry, Event, Organisation, Settings } from '@shared/entities'

export const sampleEvent = (over: Partial<Event> = {}): Event => ({
  id: 'e1',
  title: 'Đại hội Thi đua yêu nước phường Tiền Phong',
  kind: 'congress',
  periodFrom: 2020,
  periodTo: 2025,
  launchFrom: 2025,
  launchTo: 2030,
  date: '2025-09-05',
  startTime: '07:30',
  venue: 'Hội trường UBND phường',
  organiser: 'UBND phường Tiền Phong',
  archived: false,
  isSample: false,
  createdAt: '2025-09-01T07:00:00.000Z',
  updatedAt: '2025-09-01T07:00:00.000Z',
  ...over
})

export const sampleOrganisation = (over: Partial<Organisation> = {}): Organisation => ({
  authorityName: 'Ủy ban nhân dân phường Tiền Phong',
  headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TIỀN PHONG'],
  placeName: 'Tiền Phong',
  documentSymbol: 'QĐ-UBND',
  signers: [{ id: 's1', name: 'Nguyễn Văn X', title: 'CHỦ TỊCH' }],
  logo: null,
  ...over
})

export const sampleSettings = (over: Partial<Settings> = {}): Settings => ({
  operatorName: 'Lan',
  uiLanguage: 'vi',
  ...over
})

export const sampleAppInfo = (over: Partial<AppInfo> = {}): AppInfo => ({
  appVersion: '0.1.0',
  runtime: 'browser',
  dataDir: '/tmp/dais',
  schemaVersion: 1,
  readOnly: false,
  vietnameseCollationOk: true,
  notices: [],
  ...over
})

export const sampleAuditEntry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 'a1',
  seq: 1,
  at: '2025-09-05T07:32:00.000Z',
  operator: 'Lan',
  entity: 'event',
  entityId: 'e1',
  action: 'create',
  subject: 'Đại hội Thi đua yêu nước phường Tiền Phong',
  changes: [],
  ...over
})
