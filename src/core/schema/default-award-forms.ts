import type { AwardForm } from '@shared/honours/entities'
import type { HonoursData } from './honours-data'

/**
 * The catalogue a new database starts with. Fixed ids so the sample event and other features
 * can refer to them; every value stays editable in settings because the law changes.
 * Multipliers are × the base salary (2025: ward Giấy khen 0.3 for an individual, a household
 * 1.5 × that, a collective 2 × that).
 */
export const wardGiayKhenId = 'award-form-ward-giay-khen'

export const defaultAwardForms = (): AwardForm[] => [
  {
    id: 'award-form-province-bang-khen',
    name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    title: 'BẰNG KHEN',
    code: 'BK',
    rank: 10,
    multipliers: { collective: 2, individual: 1, household: 1.5 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  },
  {
    id: wardGiayKhenId,
    name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
    title: 'GIẤY KHEN',
    code: 'GK',
    rank: 20,
    multipliers: { collective: 0.6, individual: 0.3, household: 0.45 },
    registerFormat: '{n}',
    active: true
  },
  {
    id: 'award-form-cstd-co-so',
    name: 'Danh hiệu Chiến sĩ thi đua cơ sở',
    title: 'CHIẾN SĨ THI ĐUA CƠ SỞ',
    code: 'CSTĐ',
    rank: 30,
    multipliers: { collective: 0, individual: 1, household: 0 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  },
  {
    id: 'award-form-ttldtt',
    name: 'Danh hiệu Tập thể lao động tiên tiến',
    title: 'TẬP THỂ LAO ĐỘNG TIÊN TIẾN',
    code: 'TTLĐTT',
    rank: 35,
    multipliers: { collective: 0.8, individual: 0, household: 0 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  },
  {
    id: 'award-form-ldtt',
    name: 'Danh hiệu Lao động tiên tiến',
    title: 'LAO ĐỘNG TIÊN TIẾN',
    code: 'LĐTT',
    rank: 40,
    multipliers: { collective: 0, individual: 0.3, household: 0 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  },
  {
    id: 'award-form-tdp-van-hoa',
    name: 'Danh hiệu Tổ dân phố văn hóa',
    title: 'TỔ DÂN PHỐ VĂN HÓA',
    code: 'TDPVH',
    rank: 45,
    multipliers: { collective: 1.5, individual: 0, household: 0 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  },
  {
    id: 'award-form-gia-dinh-van-hoa',
    name: 'Danh hiệu Gia đình văn hóa',
    title: 'GIA ĐÌNH VĂN HÓA',
    code: 'GĐVH',
    rank: 50,
    multipliers: { collective: 0, individual: 0, household: 0.1 },
    registerFormat: '{n}/{code}-{yyyy}',
    active: true
  }
]

/** Databases from before the catalogue existed start with the defaults on their first use. */
export function ensureAwardForms(honours: HonoursData): void {
  if (honours.awardForms.length === 0) honours.awardForms.push(...defaultAwardForms())
}
