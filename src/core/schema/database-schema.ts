import { z } from 'zod'
import { AuditEntry, Event, Organisation, Settings } from '../../shared/entities'

export const currentSchemaVersion = 2

export const DatabaseData = z.strictObject({
  organisation: Organisation,
  settings: Settings,
  events: z.array(Event),
  audit: z.array(AuditEntry)
})
export type DatabaseData = z.infer<typeof DatabaseData>

export const emptyOrganisation = (): DatabaseData['organisation'] => ({
  authorityName: '',
  headerLines: [],
  placeName: '',
  documentSymbol: '',
  signers: [],
  logo: null
})

export const emptyDatabase = (): DatabaseData => ({
  organisation: emptyOrganisation(),
  settings: { operatorName: '', uiLanguage: 'vi' },
  events: [],
  audit: []
})

export const validateDatabase = (data: unknown): DatabaseData => DatabaseData.parse(data)
