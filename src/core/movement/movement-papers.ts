/**
 * The movement's papers: a unit's registration form (bản đăng ký thi đua), the year's summary of
 * registrations and the year-end results table, as Decree 30 documents.
 */
import type { FileOut } from '@shared/contract-part'
import type { Registration, Unit } from '@shared/movement/entities'
import type { movementMethodNames } from '@shared/movement/method-names'
import { formatShare } from '@shared/movement/target-math'
import { toUpperVietnamese } from '@shared/text'
import type { AppContext } from '../app-context'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { loadBundledFonts } from '../pdf/fonts'
import { createOfficialDocument, type TableRow } from '../pdf/official-document'
import type { DatabaseData } from '../schema/database-schema'
import { findIn } from './find-in'

type PaperMethods = 'exportRegistrationForm' | 'exportMovementTable'

const resultText: Record<Registration['result'], string> = {
  pending: 'Chưa đánh giá',
  achieved: 'Đạt',
  'not-achieved': 'Không đạt'
}

const pdfOut = (bytes: Buffer, fileName: string): FileOut => ({
  fileName,
  contentType: 'application/pdf',
  contentBase64: bytes.toString('base64')
})

function yearRecords(data: DatabaseData, year: number) {
  const m = data.movement
  const titles = new Map(m.titles.map((t) => [t.id, t.name]))
  const units = [...m.units].filter((u) => u.active).sort((a, b) => a.order - b.order)
  const regs = m.registrations.filter((r) => r.year === year)
  const byUnit = (u: Unit) => regs.filter((r) => r.unitId === u.id)
  const tally = (u: Unit) => m.tallies.find((t) => t.year === year && t.unitId === u.id)
  const movement = m.movements.find((x) => x.fromYear <= year && year <= x.toYear)
  return { titles, units, byUnit, tally, movement }
}

export function movementPaperHandlers(
  deps: FeatureDeps
): Pick<HandlerGroup<typeof movementMethodNames>, PaperMethods> {
  const { read, ctx } = deps
  return {
    exportRegistrationForm: ({ unitId, year }) => registrationForm(read(), ctx, unitId, year),
    exportMovementTable: ({ year, kind }) => movementTable(read(), ctx, year, kind)
  }
}

/** A unit's registration form for the year, signed by its head. */
async function registrationForm(
  data: DatabaseData,
  ctx: AppContext,
  unitId: string,
  year: number
): Promise<FileOut> {
  const unit = findIn(data.movement.units, unitId, 'Unit')
  const { titles, byUnit, tally, movement } = yearRecords(data, year)
  const org = data.organisation
  const superior = org.headerLines[org.headerLines.length - 1] ?? ''
  const d = createOfficialDocument({
    organisation: {
      ...org,
      headerLines: [superior, toUpperVietnamese(unit.name)].filter(Boolean)
    },
    fonts: loadBundledFonts(ctx.resourcesDir),
    orientation: 'portrait',
    creationDate: ctx.clock.now(),
    title: `Bản đăng ký thi đua năm ${year} - ${unit.name}`
  })
  d.header({ place: org.placeName, date: null })
  d.title([`BẢN ĐĂNG KÝ THI ĐUA NĂM ${year}`])
  d.paragraph(
    `Kính gửi: Hội đồng Thi đua - Khen thưởng ${org.authorityName.replace(/^Ủy ban nhân dân /u, '')}.`,
    { align: 'center' }
  )
  d.paragraph(
    `Thực hiện ${movement ? movement.title : 'phong trào thi đua yêu nước'}, ${unit.name} đăng ký thi đua năm ${year} như sau:`
  )
  const regs = byUnit(unit)
  const own = regs.filter((r) => r.personName === '').map((r) => titles.get(r.titleId) ?? '')
  d.paragraph(`1. Danh hiệu tập thể: ${own.length > 0 ? own.join('; ') : '……………'}.`)
  const people = regs.filter((r) => r.personName !== '')
  d.paragraph(`2. Danh hiệu cá nhân: ${people.length} người đăng ký.`)
  if (people.length > 0)
    d.table({
      columns: [
        { header: 'STT', widthMm: 12, align: 'center' },
        { header: 'Họ và tên', widthMm: 70 },
        { header: 'Danh hiệu đăng ký', widthMm: 70 }
      ],
      rows: people.map((r, i) => ({
        cells: [String(i + 1), r.personName, titles.get(r.titleId) ?? '']
      }))
    })
  if (unit.kind === 'residential-group') {
    const t = tally(unit)
    d.paragraph(
      `3. Gia đình văn hóa: ${t?.households ?? unit.households ?? 0} hộ gia đình trong tổ đăng ký phấn đấu đạt danh hiệu "Gia đình văn hóa".`
    )
  }
  d.paragraph(`${unit.name} cam kết thực hiện tốt các nội dung đã đăng ký./.`)
  d.signerBlock({ signer: { name: unit.head, title: unit.headPosition || 'Người đứng đầu' } })
  return pdfOut(await d.finish(), `Dang ky thi dua ${year}.pdf`)
}

/** The year's units in one table: what each registered, or how each did. */
async function movementTable(
  data: DatabaseData,
  ctx: AppContext,
  year: number,
  kind: 'registrations' | 'results'
): Promise<FileOut> {
  const { titles, units, byUnit, tally, movement } = yearRecords(data, year)
  const d = createOfficialDocument({
    organisation: data.organisation,
    fonts: loadBundledFonts(ctx.resourcesDir),
    orientation: 'landscape',
    creationDate: ctx.clock.now(),
    title: `${kind === 'registrations' ? 'Tổng hợp đăng ký thi đua' : 'Kết quả thi đua'} năm ${year}`
  })
  d.header({ place: data.organisation.placeName, date: ctx.clock.now().toISOString().slice(0, 10) })
  d.title(
    [
      kind === 'registrations'
        ? `TỔNG HỢP ĐĂNG KÝ THI ĐUA NĂM ${year}`
        : `KẾT QUẢ THI ĐUA NĂM ${year}`
    ],
    {
      ...(movement ? { subtitle: movement.title } : {})
    }
  )
  const rows: TableRow[] = []
  units.forEach((u, i) => {
    const regs = byUnit(u)
    const t = tally(u)
    const households = t
      ? `${t.titled}/${t.households} (${formatShare({ count: t.titled, total: t.households })} %)`
      : ''
    const registered = regs.map(
      (r) => (r.personName ? `${r.personName}: ` : '') + (titles.get(r.titleId) ?? '')
    )
    if (kind === 'registrations')
      rows.push({
        cells: [
          String(i + 1),
          u.name,
          u.head,
          registered.join('; ') || 'Chưa đăng ký',
          u.households !== null ? String(t?.households ?? u.households) : ''
        ]
      })
    else
      rows.push({
        cells: [
          String(i + 1),
          u.name,
          regs.map((r) => `${registered[regs.indexOf(r)]}: ${resultText[r.result]}`).join('; ') ||
            'Chưa đăng ký',
          regs
            .filter((r) => r.result === 'not-achieved')
            .map((r) => r.reason)
            .filter(Boolean)
            .join('; '),
          households
        ]
      })
  })
  d.table({
    columns:
      kind === 'registrations'
        ? [
            { header: 'STT', widthMm: 12, align: 'center' },
            { header: 'Đơn vị', widthMm: 75 },
            { header: 'Người đứng đầu', widthMm: 45 },
            { header: 'Danh hiệu đăng ký', widthMm: 95 },
            { header: 'Số hộ', widthMm: 20, align: 'center' }
          ]
        : [
            { header: 'STT', widthMm: 12, align: 'center' },
            { header: 'Đơn vị', widthMm: 65 },
            { header: 'Danh hiệu và kết quả', widthMm: 75 },
            { header: 'Lý do không đạt', widthMm: 55 },
            { header: 'Hộ đạt Gia đình văn hóa', widthMm: 40, align: 'center' }
          ],
    sizePt: 11,
    rows
  })
  d.paragraph(`Tổng số: ${units.length} đơn vị./.`, { indentFirstMm: 0 })
  return pdfOut(
    await d.finish(),
    `${kind === 'registrations' ? 'Tong hop dang ky thi dua' : 'Ket qua thi dua'} ${year}.pdf`
  )
}
