import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { Event } from '@shared/entities'
import type { Decision, Honoree } from '@shared/honours/entities'
import type { CouncilMeeting, Proposal, Unit } from '@shared/movement/entities'
import type {
  CandidateResult,
  CouncilFields,
  HistoryEntry
} from '@shared/movement/proposals-contract'
import type { AppService } from '../app-service'
import { wardGiayKhenId } from '../schema/default-award-forms'
import { pdfToText } from '../pdf/testing/pdf-test-tools'
import { residentialGroupTitleId } from '../schema/default-titles'
import {
  createGroups,
  startMovementService,
  unitFields,
  type Call
} from './testing/movement-harness'

const bangKhenId = 'award-form-province-bang-khen'
const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const members = [
  'Nguyễn Văn X',
  'Trần Văn Y',
  'Lê Thị Z',
  'Phạm Văn T',
  'Hoàng Thị U',
  'Vũ Văn V',
  'Đỗ Thị W'
]
const achievement =
  'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025'

async function ward() {
  const s = await startMovementService()
  open.push(s.service)
  const { call } = s
  const [group1, group3] = await createGroups(s.call, 2)
  const school = await call<Unit>(
    'createUnit',
    unitFields('Trường Tiểu học Tiền Phong', { kind: 'school', households: null, order: 0 })
  )
  // Typed with decomposed accents (NFD): carried as NFC.
  const groupProposal = await call<Proposal>('createProposal', {
    movementId: null,
    year: 2025,
    unitId: group1?.id,
    number: '05/TTr-TDP1',
    date: '2025-08-10',
    candidates: [
      {
        kind: 'collective',
        name: 'Tổ dân phố số 1',
        gender: null,
        positionLine: 'Phường Tiền Phong',
        unitId: group1?.id,
        awardFormId: wardGiayKhenId,
        achievement
      },
      {
        kind: 'individual',
        name: 'Trần Quốc Bảo'.normalize('NFD'),
        gender: 'male',
        positionLine: 'Tổ trưởng Tổ dân phố số 1',
        unitId: null,
        awardFormId: wardGiayKhenId,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ tổ trưởng 5 năm liền'
      },
      {
        kind: 'household',
        name: 'Nguyễn Văn Cường',
        gender: 'male',
        positionLine: 'Tổ dân phố số 1, phường Tiền Phong',
        unitId: null,
        awardFormId: wardGiayKhenId,
        achievement
      }
    ]
  })
  const schoolProposal = await call<Proposal>('createProposal', {
    movementId: null,
    year: 2025,
    unitId: school.id,
    number: '12/TTr-THTP',
    date: '2025-08-11',
    candidates: [
      {
        kind: 'individual',
        name: 'Lê Thị Mai Anh',
        gender: 'female',
        positionLine: 'Giáo viên Trường Tiểu học Tiền Phong',
        unitId: null,
        awardFormId: bangKhenId,
        achievement: 'Giáo viên dạy giỏi cấp tỉnh ba năm liền'
      },
      {
        kind: 'collective',
        name: 'Trường Tiểu học Tiền Phong',
        gender: null,
        positionLine: 'Phường Tiền Phong',
        unitId: school.id,
        awardFormId: wardGiayKhenId,
        achievement
      }
    ]
  })
  const event = await call<Event>('createEvent', {
    title: 'Đại hội thi đua yêu nước',
    kind: 'congress',
    periodFrom: 2020,
    periodTo: 2025,
    launchFrom: 2025,
    launchTo: 2030,
    date: '2025-09-05',
    startTime: null,
    venue: '',
    organiser: ''
  })
  return { ...s, group1, group3, school, groupProposal, schoolProposal, event }
}

const councilFields = (
  proposals: Proposal[],
  ballots: [number, number, number][]
): CouncilFields => {
  const candidates = proposals.flatMap((p) => p.candidates)
  return {
    movementId: null,
    year: 2025,
    date: '2025-08-20',
    place: 'Hội trường Ủy ban nhân dân phường',
    chair: 'Nguyễn Văn X',
    secretary: 'Đỗ Thị W',
    members,
    membersTotal: 9,
    proposalIds: proposals.map((p) => p.id),
    thresholds: [
      { awardFormId: wardGiayKhenId, comparison: '>', percent: 50 },
      { awardFormId: bangKhenId, comparison: '>=', percent: 75 }
    ],
    rules: { base: 'members', tie: 'fail' },
    ballots: ballots.map(([f, a, i], n) => ({
      candidateId: candidates[n]?.id ?? '',
      for: f,
      against: a,
      invalid: i
    }))
  }
}

const verdicts = async (call: Call, id: string) =>
  (await call<CandidateResult[]>('getCouncilResults', { id })).map((r) => [
    r.candidate.name,
    r.verdict
  ])

describe('proposals through the council into a draft decision', () => {
  it('a vote below the threshold keeps the candidate out; ties and invalid ballots follow the rules', async () => {
    const { call, groupProposal, schoolProposal } = await ward()
    const council = await call<CouncilMeeting>(
      'createCouncilMeeting',
      councilFields(
        [groupProposal, schoolProposal],
        [
          [4, 3, 0], // 4/7 > 50 %: passes
          [3, 3, 1], // a tie
          [3, 2, 2], // 3/7 of the members: below
          [5, 2, 0], // Bằng khen: 5/7 = 71 % < 75 %
          [7, 0, 0]
        ]
      )
    )
    // Listed in the proposing units' order: the school first.
    expect(await verdicts(call, council.id)).toEqual([
      ['Lê Thị Mai Anh', 'below-threshold'],
      ['Trường Tiểu học Tiền Phong', 'passed'],
      ['Tổ dân phố số 1', 'passed'],
      ['Trần Quốc Bảo', 'tie-failed'],
      ['Nguyễn Văn Cường', 'below-threshold']
    ])
    // The user's rules: ties pass; the share is of valid ballots (invalid ones left out).
    await call('updateCouncilMeeting', {
      id: council.id,
      patch: { rules: { base: 'valid', tie: 'pass' } }
    })
    expect((await verdicts(call, council.id)).slice(3, 5)).toEqual([
      ['Trần Quốc Bảo', 'tie-passed'],
      ['Nguyễn Văn Cường', 'passed'] // 3 of 5 valid = 60 %
    ])
    // Of ballots cast, the two invalid ones count as not for: 3/7 again.
    await call('updateCouncilMeeting', {
      id: council.id,
      patch: { rules: { base: 'cast', tie: 'pass' } }
    })
    expect((await verdicts(call, council.id))[4]).toEqual(['Nguyễn Văn Cường', 'below-threshold'])
  })

  it('names a meeting in the audit log and the undo by its date, not the year', async () => {
    const { call, groupProposal } = await ward()
    const council = await call<CouncilMeeting>(
      'createCouncilMeeting',
      councilFields([groupProposal], [[6, 1, 0]])
    )
    await call('updateCouncilMeeting', { id: council.id, patch: { place: 'Phòng họp số 2' } })
    const next = await call<{ next: { entity: string; subject: string } | null }>(
      'getUndoState',
      {}
    )
    expect(next.next).toMatchObject({ entity: 'council', subject: '2025-08-20' })
    const { undone } = await call<{ undone: { subject: string } }>('undoLastChange', {})
    expect(undone.subject).toBe('2025-08-20')
  })

  it('refuses more ballots than members present', async () => {
    const { fail, groupProposal } = await ward()
    const error = await fail('createCouncilMeeting', councilFields([groupProposal], [[6, 2, 0]]))
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toContain('8 ballots counted but only 7 members present')
  })

  it('carries names, kinds, forms and achievements exactly (NFC) into draft decisions, highest form first', async () => {
    const { call, fail, groupProposal, schoolProposal, event } = await ward()
    const council = await call<CouncilMeeting>(
      'createCouncilMeeting',
      councilFields(
        [schoolProposal, groupProposal],
        [
          [7, 0, 0],
          [6, 1, 0],
          [6, 0, 1],
          [7, 0, 0],
          [6, 1, 0]
        ]
      )
    )
    const decisions = await call<Decision[]>('draftDecisionsFromCouncil', {
      id: council.id,
      eventId: event.id
    })
    expect(decisions.map((d) => [d.awardFormId, d.status])).toEqual([
      [bangKhenId, 'draft'],
      [wardGiayKhenId, 'draft']
    ])
    const honorees = new Map(
      (await call<Honoree[]>('listHonorees', { eventId: event.id })).map((h) => [h.id, h])
    )
    const names = (d: Decision | undefined) =>
      (['collective', 'individual', 'household'] as const).flatMap((k) =>
        (d?.honoreeIds[k] ?? []).map((id) => {
          const h = honorees.get(id)
          return [k, h?.kind, h?.name, h?.achievement]
        })
      )
    expect(names(decisions[0])).toEqual([
      ['individual', 'individual', 'Lê Thị Mai Anh', 'Giáo viên dạy giỏi cấp tỉnh ba năm liền']
    ])
    // Protocol order inside the decision: by the proposing unit's order (the school is first).
    expect(names(decisions[1])).toEqual([
      ['collective', 'collective', 'Trường Tiểu học Tiền Phong', achievement],
      ['collective', 'collective', 'Tổ dân phố số 1', achievement],
      [
        'individual',
        'individual',
        'Trần Quốc Bảo',
        'Hoàn thành xuất sắc nhiệm vụ tổ trưởng 5 năm liền'
      ],
      ['household', 'household', 'Nguyễn Văn Cường', achievement]
    ])
    const bao = [...honorees.values()].find((h) => h.name.startsWith('Trần'))
    expect(bao?.name).toBe('Trần Quốc Bảo'.normalize('NFC'))
    expect(bao?.notes).toBe('Đơn vị đề nghị: Tổ dân phố số 1')
    expect(
      (await fail('draftDecisionsFromCouncil', { id: council.id, eventId: event.id })).code
    ).toBe('CONFLICT')

    const minutes = await call<FileOut>('exportCouncilMinutesPdf', { id: council.id })
    const minutesText = (
      await pdfToText(Buffer.from(minutes.contentBase64, 'base64'), { layout: false })
    ).replace(/\s+/g, ' ')
    expect(minutesText).toContain('BIÊN BẢN')
    expect(minutesText).toContain('Thành viên có mặt: 7/9')
    expect(minutesText).toMatch(/Lê Thị Mai Anh Bằng khen 7 0 0 100 % Đạt/)
    const submission = await call<FileOut>('exportCouncilSubmissionPdf', { id: council.id })
    const submissionText = (
      await pdfToText(Buffer.from(submission.contentBase64, 'base64'), { layout: false })
    ).replace(/\s+/g, ' ')
    expect(submissionText).toContain('TỜ TRÌNH')
    expect(submissionText).toContain('02 tập thể, 02 cá nhân và 01 hộ gia đình')
    expect(submissionText).toContain('./.')
  })

  it('shows a candidate\u2019s earlier titles and awards from this data', async () => {
    const { call, group1 } = await ward()
    await call('saveRegistration', {
      year: 2024,
      unitId: group1?.id,
      titleId: residentialGroupTitleId,
      result: 'achieved'
    })
    await call('saveRegistration', {
      year: 2025,
      unitId: group1?.id,
      titleId: residentialGroupTitleId,
      result: 'not-achieved',
      reason: 'Vi phạm vệ sinh môi trường'
    })
    await call('saveRegistration', {
      year: 2025,
      unitId: group1?.id,
      titleId: 'title-cstdcs',
      personName: 'Trần Quốc Bảo',
      result: 'achieved'
    })
    const unitHistory = await call<HistoryEntry[]>('getCandidateHistory', {
      name: 'Tổ dân phố số 1',
      unitId: group1?.id
    })
    expect(unitHistory.map((h) => [h.year, h.text, h.result])).toEqual([
      [2025, 'Tổ dân phố văn hóa', 'not-achieved'],
      [2024, 'Tổ dân phố văn hóa', 'achieved']
    ])
    const person = await call<HistoryEntry[]>('getCandidateHistory', {
      name: 'tran quoc bao'.replace('tran', 'Trần').replace('quoc', 'Quốc').replace('bao', 'Bảo')
    })
    expect(person.map((h) => [h.year, h.text])).toEqual([[2025, 'Chiến sĩ thi đua cơ sở']])
  })
})

describe("a proposal's candidates keep their ids", () => {
  it('keeps the ids the screen gave new candidates, whatever their order, and refuses one id twice', async () => {
    const s = await startMovementService()
    open.push(s.service)
    const [group] = await createGroups(s.call, 1)
    const candidate = (id: string, name: string) => ({
      id,
      kind: 'individual' as const,
      name,
      gender: 'male' as const,
      positionLine: 'Tổ dân phố số 1',
      unitId: null,
      awardFormId: wardGiayKhenId,
      achievement
    })
    const proposal = await s.call<Proposal>('createProposal', {
      movementId: null,
      year: 2025,
      unitId: group?.id,
      number: '05/TTr-TDP1',
      date: '2025-08-10',
      candidates: [candidate('candidate-a', 'Nguyễn Văn An')]
    })
    const saved = await s.call<Proposal>('updateProposal', {
      id: proposal.id,
      patch: {
        candidates: [
          candidate('candidate-b', 'Trần Văn Bình'),
          candidate('candidate-a', 'Nguyễn Văn An')
        ]
      }
    })
    expect(saved.candidates.map((c) => [c.id, c.name])).toEqual([
      ['candidate-b', 'Trần Văn Bình'],
      ['candidate-a', 'Nguyễn Văn An']
    ])
    const twice = await s.fail('updateProposal', {
      id: proposal.id,
      patch: {
        candidates: [
          candidate('candidate-a', 'Nguyễn Văn An'),
          candidate('candidate-a', 'Lê Văn Cường')
        ]
      }
    })
    expect(twice.code).toBe('INVALID_ARGUMENT')
  })
})
