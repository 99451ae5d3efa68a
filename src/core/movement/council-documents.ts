/**
 * The council's papers as Decree 30 documents: the minutes of the meeting (biên bản) with the
 * counted ballots per candidate, and the submission (tờ trình) to the chairman listing those who
 * passed.
 */
import type { FileOut } from '@shared/contract-part'
import type { Organisation } from '@shared/entities'
import type { HonoreeKind } from '@shared/honours/entities'
import type { CouncilMeeting } from '@shared/movement/entities'
import type { proposalsMethodNames } from '@shared/movement/method-names'
import type { CandidateResult } from '@shared/movement/proposals-contract'
import { formatShare, goalLabel } from '@shared/movement/target-math'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { vietnameseDate } from '@shared/dates/vietnamese-date'
import { loadBundledFonts, type BundledFonts } from '../pdf/fonts'
import { createOfficialDocument, type TableRow } from '../pdf/official-document'
import { findIn } from './find-in'
import { councilResults } from './council-results'

type CouncilDocumentMethods = 'exportCouncilMinutesPdf' | 'exportCouncilSubmissionPdf'

interface CouncilDocumentInput {
  organisation: Organisation
  council: CouncilMeeting
  results: CandidateResult[]
  thresholds: { formName: string; label: string }[]
  /** "Giấy khen", "Bằng khen": the form's printed title, for narrow columns. */
  formTitles: Map<string, string>
  fonts: BundledFonts
  creationDate: Date
}

const councilName = 'Hội đồng Thi đua - Khen thưởng'
const kindGroups: { kind: HonoreeKind; heading: string }[] = [
  { kind: 'collective', heading: 'TẬP THỂ' },
  { kind: 'individual', heading: 'CÁ NHÂN' },
  { kind: 'household', heading: 'HỘ GIA ĐÌNH' }
]
const roman = ['I', 'II', 'III']
/** "GIẤY KHEN" → "Giấy khen". */
const sentenceCase = (title: string) => {
  const lower = title.toLocaleLowerCase('vi')
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1)
}
const two = (n: number) => String(n).padStart(2, '0')

const baseText: Record<CouncilMeeting['rules']['base'], string> = {
  members: 'số thành viên có mặt',
  cast: 'số phiếu thu vào',
  valid: 'số phiếu hợp lệ'
}

const verdictText: Record<CandidateResult['verdict'], string> = {
  passed: 'Đạt',
  'below-threshold': 'Không đạt',
  'tie-passed': 'Đạt (hòa phiếu)',
  'tie-failed': 'Không đạt (hòa phiếu)',
  'no-ballot': 'Chưa biểu quyết',
  'no-threshold': 'Chưa có ngưỡng'
}

/** Group lines by kind, numbered inside each group. */
function groupedRows(
  results: CandidateResult[],
  cells: (r: CandidateResult, n: number) => string[]
): TableRow[] {
  const rows: TableRow[] = []
  let g = 0
  for (const { kind, heading } of kindGroups) {
    const inKind = results.filter((r) => r.candidate.kind === kind)
    if (inKind.length === 0) continue
    rows.push({ group: `${roman[g++]}. ${heading} (${two(inKind.length)})` })
    inKind.forEach((r, i) => rows.push({ cells: cells(r, i + 1) }))
  }
  return rows
}

const share = (r: CandidateResult) =>
  r.base ? `${formatShare({ count: r.for, total: r.base })} %` : '–'

export async function renderCouncilMinutes(input: CouncilDocumentInput): Promise<Buffer> {
  const { organisation, council, results } = input
  const d = createOfficialDocument({
    organisation,
    fonts: input.fonts,
    orientation: 'portrait',
    creationDate: input.creationDate,
    title: `Biên bản họp ${councilName} năm ${council.year}`
  })
  d.header({ place: organisation.placeName, date: council.date })
  d.title(['BIÊN BẢN'], {
    subtitle: `Họp ${councilName} xét đề nghị khen thưởng năm ${council.year}`
  })
  const when = council.date ? `Hôm nay, ${vietnameseDate(council.date)}` : 'Hôm nay'
  d.paragraph(
    `${when}, tại ${council.place || '……………'}, ${councilName} họp xét các đề nghị khen thưởng.`
  )
  d.paragraph(`Chủ trì: ${council.chair}. Thư ký: ${council.secretary}.`)
  d.paragraph(
    `Thành viên có mặt: ${council.members.length}/${council.membersTotal} (${council.members.join(', ')}).`
  )
  const passed = results.filter((r) => r.passes).length
  d.paragraph(
    `Hội đồng đã xem xét ${council.proposalIds.length} tờ trình đề nghị với ${results.length} trường hợp và biểu quyết bằng phiếu kín từng trường hợp. Mức đạt: ${input.thresholds.map((t) => `${t.formName} ${t.label} ${baseText[council.rules.base]}`).join('; ')}; trường hợp hòa phiếu: ${council.rules.tie === 'pass' ? 'được tính là đạt' : 'không đạt'}.`
  )
  d.paragraph('Kết quả biểu quyết:', { bold: true, indentFirstMm: 0 })
  d.table({
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Tên tập thể / Họ và tên', widthMm: 54 },
      { header: 'Hình thức đề nghị', widthMm: 24 },
      { header: 'Tán thành', widthMm: 15, align: 'center' },
      { header: 'Không tán thành', widthMm: 15, align: 'center' },
      { header: 'Không hợp lệ', widthMm: 14, align: 'center' },
      { header: 'Tỷ lệ', widthMm: 17, align: 'center' },
      { header: 'Kết quả', widthMm: 18, align: 'center' }
    ],
    sizePt: 11,
    rows: groupedRows(results, (r, n) => [
      String(n),
      r.candidate.name,
      input.formTitles.get(r.candidate.awardFormId) ?? r.awardFormName,
      String(r.for),
      String(r.against),
      String(r.invalid),
      share(r),
      verdictText[r.verdict]
    ])
  })
  d.paragraph(
    `Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân khen thưởng ${passed}/${results.length} trường hợp đạt mức quy định. Biên bản được thông qua tại cuộc họp./.`
  )
  d.signerBlock({ signer: { name: council.chair, title: `Chủ tịch ${councilName}` } })
  return d.finish()
}

export async function renderCouncilSubmission(input: CouncilDocumentInput): Promise<Buffer> {
  const { organisation, council } = input
  const passing = input.results.filter((r) => r.passes)
  const count = (kind: HonoreeKind) => passing.filter((r) => r.candidate.kind === kind).length
  const d = createOfficialDocument({
    organisation,
    fonts: input.fonts,
    orientation: 'portrait',
    creationDate: input.creationDate,
    title: `Tờ trình đề nghị khen thưởng năm ${council.year}`
  })
  d.header({ place: organisation.placeName, date: council.date })
  d.title(['TỜ TRÌNH'], {
    subtitle: `Về việc đề nghị khen thưởng các tập thể, cá nhân và hộ gia đình năm ${council.year}`
  })
  d.paragraph(`Kính gửi: Chủ tịch ${organisation.authorityName || 'Ủy ban nhân dân'}.`, {
    align: 'center'
  })
  d.paragraph('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', { italic: true })
  d.paragraph(
    `Căn cứ kết quả họp ${councilName}${council.date ? ` ${vietnameseDate(council.date)}` : ''},`,
    { italic: true }
  )
  d.paragraph(
    `${councilName} kính trình Chủ tịch xem xét, quyết định khen thưởng ${two(count('collective'))} tập thể, ${two(count('individual'))} cá nhân và ${two(count('household'))} hộ gia đình đã có thành tích xuất sắc (có danh sách kèm theo).`
  )
  d.table({
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Tên tập thể / Họ và tên', widthMm: 52 },
      { header: 'Chức vụ, đơn vị / Địa chỉ', widthMm: 59 },
      { header: 'Hình thức', widthMm: 24 },
      { header: 'Tỷ lệ phiếu', widthMm: 18, align: 'center' }
    ],
    sizePt: 11,
    rows: groupedRows(passing, (r, n) => [
      String(n),
      r.candidate.name,
      r.candidate.positionLine,
      input.formTitles.get(r.candidate.awardFormId) ?? r.awardFormName,
      share(r)
    ])
  })
  d.paragraph(`Kính trình Chủ tịch xem xét, quyết định./.`)
  d.signerBlock({
    signer: { name: council.chair, title: `Chủ tịch ${councilName}` },
    recipients: ['Như trên', 'Lưu: VT']
  })
  return d.finish()
}

const pdfOut = (bytes: Buffer, fileName: string): FileOut => ({
  fileName,
  contentType: 'application/pdf',
  contentBase64: bytes.toString('base64')
})

export function councilDocumentHandlers(
  deps: FeatureDeps
): Pick<HandlerGroup<typeof proposalsMethodNames>, CouncilDocumentMethods> {
  const { read, ctx } = deps
  const inputOf = (id: string): CouncilDocumentInput => {
    const data = read()
    const council = findIn(data.movement.councils, id, 'Council meeting')
    const forms = new Map(data.honours.awardForms.map((f) => [f.id, f.name]))
    return {
      organisation: data.organisation,
      council,
      results: councilResults(data, council),
      thresholds: council.thresholds.map((t) => ({
        formName: forms.get(t.awardFormId) ?? '',
        label: goalLabel(t.comparison, t.percent)
      })),
      formTitles: new Map(data.honours.awardForms.map((f) => [f.id, sentenceCase(f.title)])),
      fonts: loadBundledFonts(ctx.resourcesDir),
      creationDate: ctx.clock.now()
    }
  }
  return {
    exportCouncilMinutesPdf: async ({ id }) => {
      const input = inputOf(id)
      return pdfOut(
        await renderCouncilMinutes(input),
        `Bien ban hop Hoi dong ${input.council.year}.pdf`
      )
    },
    exportCouncilSubmissionPdf: async ({ id }) => {
      const input = inputOf(id)
      return pdfOut(
        await renderCouncilSubmission(input),
        `To trinh khen thuong ${input.council.year}.pdf`
      )
    }
  }
}
