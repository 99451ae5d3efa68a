import type { NewDelegate } from '../src/shared/delegates/entities'

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô']
const middles = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Thanh', 'Ngọc', 'Hữu', 'Quang', 'Thị Hồng']
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hà', 'Hòa', 'Hương', 'Lan', 'Minh', 'Nam']
const extra = ['Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến', 'Khoa', 'Linh', 'Phúc']
const ethnicities = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Mường', 'Thái', 'Nùng']
const units = (i: number) => `Tổ dân phố số ${(i % 40) + 1}`

/** `count` deterministic, realistic-looking delegates for benchmarks (a few namesakes included). */
export function syntheticDelegates(count: number): NewDelegate[] {
  return Array.from({ length: count }, (_, i) => ({
    fullName: `${families[i % 11]} ${middles[(i >> 1) % 10]} ${givens[(i >> 2) % 11]} ${extra[(i * 7) % 10]}`,
    gender: i % 2 === 0 ? 'male' : 'female',
    birthYear: 1950 + ((i * 37) % 55),
    ethnicity: ethnicities[i % 8],
    religion: i % 13 === 0 ? 'Phật giáo' : 'Không',
    position: i % 5 === 0 ? 'Tổ trưởng tổ dân phố' : 'Hội viên',
    unit: units(i),
    professionalLevel: i % 3 === 0 ? 'Đại học' : '12/12',
    politicalTheoryLevel: i % 4 === 0 ? 'Sơ cấp' : '',
    partyMember: i % 3 === 0,
    memberships: i % 6 === 0 ? 'Hội Cựu chiến binh' : '',
    phone: `09${String(10_000_000 + i).slice(-8)}`,
    notes: ''
  }))
}
