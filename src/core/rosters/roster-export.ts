import type { FileOut } from '@shared/contract-part'
import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import { toUpperVietnamese } from '@shared/text'
import { delegatesTable } from '../import'
import { tableToCsv, tableToXlsx } from '../io/export-table'
import type { DatabaseData } from '../schema/database-schema'
import { delegateIndex } from './member-snapshot'
import { printOrder } from './roster-layout'
import { findRoster, resolveMembers, versionOf } from './roster-views'

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

const fileSlug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60)

/**
 * A roster version as the office spreadsheet the import feature reads back (title rows, Năm sinh
 * over Nam | Nữ, formula-safe cells), members in Vietnamese name order.
 */
export async function exportRoster(
  data: DatabaseData,
  args: { rosterId: string; version?: number; format: 'xlsx' | 'csv' }
): Promise<FileOut> {
  const roster = findRoster(data, args.rosterId)
  const version = versionOf(roster, args.version)
  const event = data.events.find((e) => e.id === roster.eventId)
  if (!event) throw new Error(`roster ${roster.id} has no event`)
  const { members } = resolveMembers(version, delegateIndex(data, roster.eventId))
  const categories = new Map<string, DelegateCategory>()
  const people: Delegate[] = printOrder(members, 'name').map((m, i) => {
    const f = m.fields
    let category = categories.get(f.category)
    if (f.category && !category) {
      category = {
        id: `c${categories.size + 1}`,
        eventId: event.id,
        name: f.category,
        counted: true,
        order: categories.size
      }
      categories.set(f.category, category)
    }
    return {
      id: m.id,
      eventId: event.id,
      number: i + 1,
      fullName: f.fullName,
      familyAndMiddleOverride: f.familyAndMiddleOverride,
      givenNameOverride: f.givenNameOverride,
      gender: f.gender,
      birthYear: f.birthYear,
      birthDate: f.birthDate,
      ethnicity: f.ethnicity,
      religion: f.religion,
      position: f.position,
      unit: f.unit,
      professionalLevel: f.professionalLevel,
      politicalTheoryLevel: f.politicalTheoryLevel,
      partyMember: f.partyMember,
      partyJoinDate: f.partyJoinDate,
      memberships: '',
      categoryId: category?.id ?? null,
      flags: { honoree: false, speaker: false, presidium: false, secretariat: false },
      phone: f.phone,
      notes: f.notes,
      custom: {},
      createdAt: '',
      updatedAt: ''
    }
  })
  const table = delegatesTable(event, data.organisation, people, [...categories.values()])
  const status =
    version.status === 'approved'
      ? `Phiên bản ${version.number}`
      : `Dự thảo phiên bản ${version.number}`
  table.titleLines = [
    table.titleLines[0] ?? '',
    `DANH SÁCH ${toUpperVietnamese(roster.name)}`,
    `${event.title} (${status})`
  ].filter(Boolean)
  const bytes = args.format === 'xlsx' ? await tableToXlsx(table) : await tableToCsv(table)
  return {
    fileName: `danh-sach-${fileSlug(roster.name)}-v${version.number}.${args.format}`,
    contentType: args.format === 'xlsx' ? xlsxType : 'text/csv; charset=utf-8',
    contentBase64: bytes.toString('base64')
  }
}
