import { describe, expect, it } from 'vitest'
import { parseMilestones, targetProblems } from './target-checks'

const period = { fromYear: 2025, toYear: 2030 }
const target = { percent: 95, deadlineYear: 2030, milestones: [] }

describe("a target's checks", () => {
  it('accepts a target inside its movement', () => {
    expect(
      targetProblems({ ...target, milestones: [{ year: 2027, percent: 92.5 }] }, period)
    ).toEqual([])
  })

  it('names a deadline before the start or after the end, and a percentage out of range', () => {
    expect(targetProblems({ ...target, deadlineYear: 2024 }, period)).toEqual([
      { field: 'deadlineYear', code: 'deadline-before-start', year: 2024 }
    ])
    expect(targetProblems({ ...target, deadlineYear: 2031 }, period)).toEqual([
      { field: 'deadlineYear', code: 'deadline-after-end', year: 2031 }
    ])
    expect(targetProblems({ ...target, percent: 101 }, period)[0]?.code).toBe('percent-range')
    expect(targetProblems({ ...target, percent: 95.125 }, period)[0]?.code).toBe('percent-range')
  })

  it('refuses an emptied number (NaN) on its field instead of reading it as 0', () => {
    expect(targetProblems({ ...target, percent: Number.NaN }, period)[0]?.code).toBe(
      'percent-range'
    )
    expect(targetProblems({ ...target, deadlineYear: Number.NaN }, period)).toEqual([
      { field: 'deadlineYear', code: 'deadline-not-year' }
    ])
  })

  it('names a milestone outside the years up to the deadline, out of range, or given twice', () => {
    const problems = targetProblems(
      {
        ...target,
        deadlineYear: 2028,
        milestones: [
          { year: 2024, percent: 80 },
          { year: 2029, percent: 97 },
          { year: 2027, percent: 120 },
          { year: 2026, percent: 90 },
          { year: 2026, percent: 91 }
        ]
      },
      period
    )
    expect(problems).toEqual([
      { field: 'milestones', code: 'milestone-year', year: 2024, to: 2028 },
      { field: 'milestones', code: 'milestone-year', year: 2029, to: 2028 },
      { field: 'milestones', code: 'milestone-percent', year: 2027, percent: 120 },
      { field: 'milestones', code: 'milestone-twice', year: 2026 }
    ])
  })

  it('reads "year:percent" lists with decimal commas, and names a part it cannot read', () => {
    expect(parseMilestones('2027:92, 2028: 94,5;2029:96%')).toEqual({
      milestones: [
        { year: 2027, percent: 92 },
        { year: 2028, percent: 94.5 },
        { year: 2029, percent: 96 }
      ],
      problems: []
    })
    expect(parseMilestones('2027:92, 2028-94').problems).toEqual([
      { field: 'milestones', code: 'milestone-unreadable', part: '2027:92, 2028-94' }
    ])
    expect(parseMilestones('2027:92; năm sau: 95').problems).toEqual([
      { field: 'milestones', code: 'milestone-unreadable', part: 'năm sau: 95' }
    ])
    expect(parseMilestones('  ')).toEqual({ milestones: [], problems: [] })
  })
})
