/** Rules of a commendation decision: what issuing needs, and the issue itself. */
import type { Decision, Honoree } from '@shared/honours/entities'
import { AppError } from '@shared/result'
import { duplicateKey } from '@shared/text'
import type { DatabaseData } from '../schema/database-schema'
import type { DecisionFields } from '@shared/honours/contract'
import { ensureAwardForms, wardGiayKhenId } from '../schema/default-award-forms'
import { signerBlockOf } from '@shared/text/signer-lines'
import { assignRegisterNumbers } from './register'
import { missingForIssue } from '@shared/honours/records'

export { missingForIssue, type IssuePart } from '@shared/honours/records'

const yearOf = (d: Pick<Decision, 'date'>) => d.date?.slice(0, 4) ?? null

/** Another issued decision with the same number in the same year (the office's document register). */
export function conflictingDecision(
  decisions: readonly Decision[],
  decision: Decision
): Decision | undefined {
  const number = duplicateKey(decision.number)
  return decisions.find(
    (d) =>
      d.id !== decision.id &&
      d.status === 'issued' &&
      yearOf(d) === yearOf(decision) &&
      duplicateKey(d.number) === number
  )
}

export const decisionLabel = (d: Pick<Decision, 'number' | 'symbol'>) =>
  d.number ? `${d.number}/${d.symbol}` : '(chưa có số)'

export function assertDraft(decision: Decision): void {
  if (decision.status === 'issued')
    throw new AppError(
      'FROZEN',
      `Decision ${decisionLabel(decision)} is issued and cannot change.`,
      {
        decisionId: decision.id
      }
    )
}

/** Issues a draft decision inside a change: checks, freezes and assigns the register numbers. */
export function issueDecisionIn(
  draft: DatabaseData,
  id: string,
  opts: { now: string; operator: string; newId: () => string }
): Decision {
  const honours = draft.honours
  ensureAwardForms(honours)
  const decision = honours.decisions.find((d) => d.id === id)
  if (!decision) throw new AppError('NOT_FOUND', `Decision ${id} not found.`)
  assertDraft(decision)
  const missing = missingForIssue(decision)
  if (missing.length > 0)
    throw new AppError(
      'INCOMPLETE',
      `The decision cannot be issued without: ${missing.join(', ')}.`,
      {
        missing
      }
    )
  const other = conflictingDecision(honours.decisions, decision)
  if (other)
    throw new AppError(
      'CONFLICT',
      `Number ${decision.number} is already used in ${yearOf(decision)} by decision ${decisionLabel(other)}.`,
      { field: 'number', decisionId: other.id }
    )
  const awardForm = honours.awardForms.find((f) => f.id === decision.awardFormId)
  if (!awardForm) throw new AppError('NOT_FOUND', `Award form ${decision.awardFormId} not found.`)
  const honorees = new Map<string, Honoree>(
    honours.honorees.filter((h) => h.eventId === decision.eventId).map((h) => [h.id, h])
  )
  assignRegisterNumbers(draft, { decision, awardForm, honorees, now: opts.now, newId: opts.newId })
  decision.status = 'issued'
  decision.issuedAt = opts.now
  decision.issuedBy = opts.operator
  decision.updatedAt = opts.now
  return decision
}

export const defaultLegalBases = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;'
]

/**
 * A new draft decision of the event with the office's defaults: the organisation's symbol and
 * first signer, the previous decision's legal bases, proposing body, base salary and recipients.
 */
export function newDraftDecision(
  draft: DatabaseData,
  {
    eventId,
    id,
    now,
    fields
  }: { eventId: string; id: string; now: string; fields: Partial<DecisionFields> }
): Decision {
  const event = draft.events.find((e) => e.id === eventId)
  if (!event) throw new AppError('NOT_FOUND', `Event ${eventId} not found.`)
  ensureAwardForms(draft.honours)
  const org = draft.organisation
  const chairman = org.signers[0]
  const previous = draft.honours.decisions.at(-1)
  const period =
    event.periodFrom && event.periodTo ? ` giai đoạn ${event.periodFrom} - ${event.periodTo}` : ''
  return {
    id,
    eventId,
    number: '',
    symbol: org.documentSymbol,
    date: null,
    signer: chairman ? signerBlockOf(chairman) : null,
    legalBases: previous ? [...previous.legalBases] : [...defaultLegalBases],
    proposingBody: previous?.proposingBody ?? 'Hội đồng Thi đua - Khen thưởng',
    subject: `tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình đã có thành tích xuất sắc trong phong trào thi đua yêu nước${period}`,
    awardFormId: draft.honours.awardForms.some((f) => f.id === wardGiayKhenId)
      ? wardGiayKhenId
      : (draft.honours.awardForms[0]?.id ?? null),
    baseSalary: previous?.baseSalary ?? 2_340_000,
    achievement: `Đã có thành tích xuất sắc trong phong trào thi đua yêu nước${period}`,
    honoreeIds: { collective: [], individual: [], household: [] },
    recipients: previous ? [...previous.recipients] : ['Như Điều 3;', 'Lưu: VT.'],
    status: 'draft',
    issuedAt: null,
    issuedBy: null,
    createdAt: now,
    updatedAt: now,
    ...fields
  }
}
