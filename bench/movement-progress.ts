/**
 * Movement progress (issue 17): a ward of 60 units and 12,000 households over 6 years.
 * "First render" is the computation the progress page and `dais progress` make from the records;
 * "result change" is one year-end result changed and every figure computed again.
 *
 *   npx tsx bench/movement-progress.ts
 */
import { performance } from 'node:perf_hooks'
import type { Movement, Registration, Unit, HouseholdTally } from '../src/shared/movement/entities'
import { computeProgress } from '../src/shared/movement/progress'
import { defaultEmulationTitles, residentialGroupTitleId } from '../src/core/schema/default-titles'
import { wardTargetsFor } from '../src/core/movement/ward-targets'

const at = '2025-01-01T00:00:00.000Z'
const units: Unit[] = Array.from({ length: 60 }, (_, i) => ({
  id: `u${i}`,
  kind: i < 50 ? 'residential-group' : 'agency',
  name: i < 50 ? `Tổ dân phố số ${i + 1}` : `Cơ quan ${i - 49}`,
  head: `Trưởng ${i + 1}`,
  headPosition: 'Tổ trưởng',
  households: i < 50 ? 240 : null,
  order: i,
  active: true,
  notes: '',
  createdAt: at,
  updatedAt: at
}))
const years = [2025, 2026, 2027, 2028, 2029, 2030]
const registrations: Registration[] = []
const tallies: HouseholdTally[] = []
for (const year of years)
  for (const u of units) {
    registrations.push({
      id: `r${year}${u.id}`,
      year,
      unitId: u.id,
      titleId: u.kind === 'residential-group' ? residentialGroupTitleId : 'title-tt-ldtt',
      personName: '',
      result: (year + u.order) % 17 === 0 ? 'not-achieved' : 'achieved',
      reason: '',
      updatedAt: at
    })
    if (u.households)
      tallies.push({
        id: `t${year}${u.id}`,
        year,
        unitId: u.id,
        households: u.households,
        titled: 200 + ((year + u.order) % 30),
        names: [],
        updatedAt: at
      })
  }
const movement: Movement = {
  id: 'm',
  title: 'Phong trào thi đua yêu nước giai đoạn 2025 - 2030',
  fromYear: 2025,
  toYear: 2030,
  targets: wardTargetsFor(2030).map((t, i) => ({ ...t, id: `t${i}` })),
  createdAt: at,
  updatedAt: at
}
const input = { movement, units, titles: defaultEmulationTitles(), registrations, tallies }

const time = (f: () => void, runs: number) => {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    f()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  return {
    first: samples[0] ?? 0,
    median: samples[Math.floor(runs / 2)] ?? 0,
    max: samples[runs - 1] ?? 0
  }
}

const cold = performance.now()
computeProgress(input)
const coldMs = performance.now() - cold
const warm = time(() => computeProgress(input), 50)
const change = time(() => {
  const i = Math.floor(Math.random() * registrations.length)
  const r = registrations[i] as Registration
  registrations[i] = { ...r, result: r.result === 'achieved' ? 'not-achieved' : 'achieved' }
  computeProgress({ ...input, registrations })
}, 50)
const households = tallies.filter((t) => t.year === 2025).reduce((s, t) => s + t.households, 0)
console.log(
  `units ${units.length}, households ${households}, years ${years.length}, registrations ${registrations.length}`
)
console.log(`progress, first computation (cold): ${coldMs.toFixed(1)} ms  (budget 300 ms)`)
console.log(`progress, warm median ${warm.median.toFixed(2)} ms, max ${warm.max.toFixed(2)} ms`)
console.log(
  `one result changed, every figure again: median ${change.median.toFixed(2)} ms, max ${change.max.toFixed(2)} ms  (budget 50 ms)`
)
