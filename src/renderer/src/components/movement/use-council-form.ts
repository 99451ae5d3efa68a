import { computed, onScopeDispose, reactive, watch } from 'vue'
import type { Ballot, CouncilMeeting } from '@shared/movement/entities'
import type { CouncilFields } from '@shared/movement/proposals-contract'
import { followSaved } from '../../follow-saved'
import { cleanText } from '../../text-input'
import { trackUnsavedEdit } from '../../unsaved-edits'
import { useSaveAsTyped } from '../../use-save-as-typed'

export const ballotFields = ['for', 'against', 'invalid'] as const
export type BallotField = (typeof ballotFields)[number]

/** Why a typed number is not saved; the screen words it. */
export type NumberProblem =
  | { kind: 'required' }
  | { kind: 'negative' }
  | { kind: 'whole' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'overPresent'; cast: number; present: number }

const maxMembers = 100
const maxBallots = 10_000

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => cleanText(l))
    .filter((l) => l !== '')

/** A count typed into a field: the number, or why it is not one. */
export function readCount(text: string, max: number): number | NumberProblem {
  const trimmed = text.trim()
  if (!/^[-+]?\d+([.,]\d+)?$/.test(trimmed)) return { kind: 'required' }
  const n = Number(trimmed.replace(',', '.'))
  if (n < 0) return { kind: 'negative' }
  if (!Number.isInteger(n)) return { kind: 'whole' }
  if (n > max) return { kind: 'range', min: 0, max }
  return n
}

const fieldsOf = (m: CouncilMeeting) => ({
  place: m.place,
  chair: m.chair,
  secretary: m.secretary,
  membersTotal: String(m.membersTotal),
  members: m.members.join('\n')
})
type Fields = ReturnType<typeof fieldsOf>
export type TypedField = keyof Fields

function fieldMeaning(key: TypedField, text: string): unknown {
  if (key === 'members') return lines(text)
  if (key === 'membersTotal') return readCount(text, maxMembers)
  return cleanText(text)
}

const cellKey = (candidateId: string, field: BallotField) => `${candidateId}/${field}`

/** Every ballot cell of the meeting's candidates as the table shows it ('' for none). */
function cellsOf(m: CouncilMeeting, candidateIds: string[]): Record<string, string> {
  const cells: Record<string, string> = {}
  for (const id of candidateIds) for (const f of ballotFields) cells[cellKey(id, f)] = ''
  for (const b of m.ballots)
    for (const f of ballotFields) cells[cellKey(b.candidateId, f)] = String(b[f])
  return cells
}
const cellMeaning = (_key: string, text: string | undefined) =>
  (text ?? '').trim() === '' ? null : readCount(text ?? '', maxBallots)

/**
 * A council meeting's typed fields and ballot counts, saved as typed (after a pause; at once on
 * leaving) and following the saved meeting (another window, Hoàn tác) field by field. A count
 * that is not a whole number from 0, or a candidate's ballots adding up to more than the members
 * present, is not saved: the field says why.
 */
export function useCouncilForm(
  meeting: () => CouncilMeeting,
  candidateIds: () => string[],
  save: (patch: Partial<CouncilFields>) => Promise<void>
) {
  const typing = useSaveAsTyped()
  const fields = reactive(fieldsOf(meeting()))
  const followFields = followSaved(() => fieldsOf(meeting()), fields, fieldMeaning)
  const cells = reactive(cellsOf(meeting(), candidateIds()))
  const followCells = followSaved(() => cellsOf(meeting(), candidateIds()), cells, cellMeaning)
  /** The cell typed into last per candidate: a total over the members present is said there. */
  const lastTyped = reactive<Record<string, BallotField>>({})

  const present = computed(() => lines(fields.members).length)
  const membersTotalProblem = computed(() => {
    const n = readCount(fields.membersTotal, maxMembers)
    return typeof n === 'number' ? null : n
  })

  /** The candidate's ballot as typed: null for none, or the first problem with its cell. */
  function rowOf(
    candidateId: string
  ): Ballot | null | { field: BallotField; problem: NumberProblem } {
    const read = (f: BallotField) => cellMeaning(f, cells[cellKey(candidateId, f)])
    const values = { for: read('for'), against: read('against'), invalid: read('invalid') }
    const bad = ballotFields.find((f) => values[f] !== null && typeof values[f] !== 'number')
    if (bad) return { field: bad, problem: values[bad] as NumberProblem }
    if (ballotFields.every((f) => values[f] === null)) return null
    const count = (f: BallotField) => (values[f] as number | null) ?? 0
    const [yes, no, invalid] = [count('for'), count('against'), count('invalid')]
    const cast = yes + no + invalid
    if (cast > present.value) {
      const field = lastTyped[candidateId] ?? 'for'
      return { field, problem: { kind: 'overPresent', cast, present: present.value } }
    }
    return { candidateId, for: yes, against: no, invalid }
  }
  function cellProblem(candidateId: string, field: BallotField): NumberProblem | null {
    const row = rowOf(candidateId)
    return row && 'problem' in row && row.field === field ? row.problem : null
  }

  /** The ballots to keep: the saved ones, with every candidate's typed row that reads. */
  function ballotsToSend(): Ballot[] {
    const saved = new Map(meeting().ballots.map((b) => [b.candidateId, b]))
    for (const id of candidateIds()) {
      const row = rowOf(id)
      if (row === null) saved.delete(id)
      else if (!('problem' in row)) saved.set(id, row)
    }
    return [...saved.values()]
  }
  function sendBallots() {
    const ballots = ballotsToSend()
    if (JSON.stringify(ballots) === JSON.stringify(meeting().ballots)) return
    const sentCells: Record<string, unknown> = {}
    for (const b of ballots)
      for (const f of ballotFields) sentCells[cellKey(b.candidateId, f)] = b[f]
    followCells.sent(sentCells)
    return save({ ballots })
  }
  function setCell(candidateId: string, field: BallotField, text: string) {
    cells[cellKey(candidateId, field)] = text
    lastTyped[candidateId] = field
    typing.schedule('ballots', sendBallots)
  }

  function sendField(key: TypedField) {
    const value = fieldMeaning(key, fields[key])
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return
    if (JSON.stringify(value) === JSON.stringify(fieldMeaning(key, fieldsOf(meeting())[key])))
      return
    followFields.sent({ [key]: value })
    return save({ [key]: value } as Partial<CouncilFields>)
  }
  for (const key of Object.keys(fields) as TypedField[])
    watch(
      () => fields[key],
      () => {
        typing.schedule(key, () => sendField(key))
        // More members present may let a count over the old number be saved.
        if (key === 'members') typing.schedule('ballots', sendBallots)
      }
    )

  const holdsProblem = () =>
    membersTotalProblem.value !== null ||
    candidateIds().some((id) => {
      const row = rowOf(id)
      return row !== null && 'problem' in row
    })
  // A count not saved for its problem is asked about before a reload or leaving.
  onScopeDispose(trackUnsavedEdit({ isUnsaved: holdsProblem }))

  return {
    fields,
    cell: (candidateId: string, field: BallotField) => cells[cellKey(candidateId, field)] ?? '',
    setCell,
    cellProblem,
    membersTotalProblem,
    flush: typing.flush
  }
}
