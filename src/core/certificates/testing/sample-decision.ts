import type { AwardRound } from '@shared/agenda/entities'
import type { Decision, Honoree, HonoreeKind, RegisterEntry } from '@shared/honours/entities'
import { nameLine } from '@shared/honours/wording'
import { emptyDatabase, type DatabaseData } from '../../schema/database-schema'
import type { BatchItem } from '../batch'
import { orderedHonorees } from '../certificate-order'
import { certificateValues } from '../certificate-values'

const collectives = [
  'Tổ dân phố số 1',
  'Tổ dân phố số 3',
  'Tổ dân phố số 5',
  'Tổ dân phố số 12 (khu dân cư Đồng Tâm Thượng)',
  'Chi hội Cựu chiến binh Tổ dân phố số 7',
  'Chi hội Phụ nữ Tổ dân phố số 8',
  'Trường Trung học cơ sở Nguyễn Trường Tộ phường Tiền Phong',
  'Trường Mầm non Hoa Sen',
  'Trạm Y tế phường Tiền Phong',
  'Công an phường Tiền Phong',
  'Ban Chỉ huy Quân sự phường Tiền Phong',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Tiền Phong',
  'Hội Người cao tuổi phường Tiền Phong',
  'Hợp tác xã Dịch vụ Nông nghiệp Tiền Phong'
]
const individuals: [string, 'male' | 'female', string][] = [
  ['Nguyễn Văn An', 'male', 'Tổ trưởng Tổ dân phố số 3, phường Tiền Phong'],
  ['Trần Thị Bình', 'female', 'Chi hội trưởng Chi hội Phụ nữ Tổ dân phố số 8'],
  ['Tôn Nữ Thị Hoàng Phương Thảo', 'female', 'Giáo viên Trường Trung học cơ sở Nguyễn Trường Tộ'],
  ['Phạm Ngọc Ẩn', 'male', 'Bí thư Chi bộ Tổ dân phố số 5'],
  ['Lê Thị Ỗn', 'female', 'Trưởng Ban công tác Mặt trận Tổ dân phố số 12'],
  ['Đặng Văn Ực', 'male', 'Công an viên phường Tiền Phong'],
  ['Hoàng Thị Ngọc Huyền Trang', 'female', 'Y sĩ Trạm Y tế phường Tiền Phong'],
  ['Vũ Đức Thắng', 'male', 'Chỉ huy phó Ban Chỉ huy Quân sự phường Tiền Phong'],
  ['Bùi Thị Thu Hương', 'female', 'Công chức Văn phòng - Thống kê phường Tiền Phong'],
  ['Đỗ Quang Vinh', 'male', 'Bí thư Đoàn Thanh niên phường Tiền Phong'],
  ['Ngô Thị Lụa', 'female', 'Hội viên Hội Người cao tuổi Tổ dân phố số 1'],
  ['Dương Văn Đức', 'male', 'Giám đốc Hợp tác xã Dịch vụ Nông nghiệp Tiền Phong'],
  ['Nguyễn Thị Minh Khai', 'female', 'Tổ trưởng Tổ dân phố số 7, phường Tiền Phong']
]
const households: [string, 'male' | 'female', string][] = [
  ['Lê Văn Cường', 'male', 'Tổ dân phố số 2, phường Tiền Phong'],
  ['Lê Thị Hoa', 'female', 'Tổ dân phố số 4, phường Tiền Phong'],
  ['Trịnh Văn Sử', 'male', 'Tổ dân phố số 9, phường Tiền Phong'],
  ['Mai Thị Xuân', 'female', 'Tổ dân phố số 11, phường Tiền Phong']
]

export const sampleAchievement =
  'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025'

/**
 * Adds the reference decision (14 collectives, 13 individuals, 4 households, issued, numbered
 * 1–31 in the register) to an event; with `rounds`, five award rounds whose stage order differs
 * from the protocol order (round 2 is reversed).
 */
export function seedSampleDecision(
  draft: DatabaseData,
  eventId: string,
  opts: { rounds?: boolean; issued?: boolean } = {}
): Decision {
  const at = '2025-09-05T08:00:00.000Z'
  const ids: Record<HonoreeKind, string[]> = { collective: [], individual: [], household: [] }
  const add = (
    kind: HonoreeKind,
    name: string,
    gender: 'male' | 'female' | null,
    position: string
  ) => {
    const h: Honoree = {
      id: `h-${kind}-${ids[kind].length + 1}`,
      eventId,
      kind,
      name,
      gender,
      posthumous: kind === 'individual' && name === 'Phạm Ngọc Ẩn',
      prefixOverride: null,
      positionLine: position,
      achievement: null,
      delegateId: null,
      official: false,
      notes: '',
      createdAt: at,
      updatedAt: at
    }
    draft.honours.honorees.push(h)
    ids[kind].push(h.id)
  }
  collectives.forEach((n) => add('collective', n, null, 'Phường Tiền Phong'))
  individuals.forEach(([n, g, p]) => add('individual', n, g, p))
  households.forEach(([n, g, p]) => add('household', n, g, p))
  draft.honours.awardForms.push({
    id: 'af-gk',
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
    title: 'GIẤY KHEN',
    code: 'GK',
    rank: 10,
    multipliers: { collective: 0.6, individual: 0.3, household: 0.45 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  })
  const decision: Decision = {
    id: 'd-125',
    eventId,
    number: '125',
    symbol: 'QĐ-UBND',
    date: '2025-09-05',
    signer: { name: 'Trần Thị Thu Hà', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'CHỦ TỊCH' },
    legalBases: [],
    proposingBody: '',
    subject: 'Tặng Giấy khen',
    awardFormId: 'af-gk',
    baseSalary: 2_340_000,
    achievement: sampleAchievement,
    honoreeIds: ids,
    recipients: [],
    status: opts.issued === false ? 'draft' : 'issued',
    issuedAt: opts.issued === false ? null : at,
    issuedBy: opts.issued === false ? null : 'Văn thư',
    createdAt: at,
    updatedAt: at
  }
  draft.honours.decisions.push(decision)
  if (opts.issued !== false) {
    const all = [...ids.collective, ...ids.individual, ...ids.household]
    all.forEach((hid, i) => {
      const h = draft.honours.honorees.find((x) => x.id === hid)!
      const entry: RegisterEntry = {
        id: `reg-${i + 1}`,
        year: 2025,
        awardFormId: 'af-gk',
        seq: i + 1,
        registerNumber: `${i + 1}/GK-2025`,
        decisionId: decision.id,
        honoreeId: hid,
        nameLine: nameLine(h),
        status: 'active',
        voidReason: null,
        prints: [],
        createdAt: at
      }
      draft.honours.register.push(entry)
    })
  }
  if (opts.rounds) {
    const round = (index: number, title: string, honoreeIds: string[]): AwardRound => ({
      id: `round-${index + 1}`,
      eventId,
      decisionId: decision.id,
      index,
      title,
      honoreeIds,
      presenters: [],
      attendants: [],
      agendaItemId: null
    })
    draft.agenda.rounds.push(
      round(1, 'Tập thể 8–14', ids.collective.slice(7).reverse()),
      round(0, 'Tập thể 1–7', ids.collective.slice(0, 7)),
      round(2, 'Cá nhân 1–7', ids.individual.slice(0, 7)),
      round(3, 'Cá nhân 8–13 và hộ gia đình', [...ids.individual.slice(7), ...ids.household])
    )
  }
  return decision
}

/** The reference decision's certificates in presentation order, `count` of them (cycled). */
export function sampleBatchItems(count = 31, opts: { rounds?: boolean } = {}): BatchItem[] {
  const data = emptyDatabase()
  data.organisation = {
    authorityName: 'Ủy ban nhân dân phường Tiền Phong',
    headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TIỀN PHONG'],
    placeName: 'Tiền Phong',
    documentSymbol: 'QĐ-UBND',
    signers: [],
    logo: null
  }
  seedSampleDecision(data, 'event-1', opts)
  const { decision, list } = orderedHonorees(data, 'd-125')
  const awardForm = data.honours.awardForms.find((f) => f.id === 'af-gk')!
  return Array.from({ length: count }, (_, i) => {
    const o = list[i % list.length]!
    const register = { ...o.register!, registerNumber: `${i + 1}/GK-2025` }
    return {
      position: i + 1,
      subject: {
        honoreeId: o.honoree.id,
        kind: o.honoree.kind,
        values: certificateValues(o.honoree, {
          organisation: data.organisation,
          event: null,
          decision,
          awardForm,
          register
        })
      }
    }
  })
}
