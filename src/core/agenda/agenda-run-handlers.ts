import type { AgendaItem } from '@shared/agenda/entities'
import { wallTimeOf } from '@shared/agenda/clock'
import { voteProblem, type VoteProblem } from '@shared/agenda/vote-rules'
import { voteAttendance } from '@shared/attendance/quorum'
import { AppError } from '@shared/result'
import { attendanceFigures, attendanceState } from '../attendance'
import { normalizeInput } from '../input-text'
import { eventItems, findEvent, voteWords } from './agenda-lookups'
import { findItem, invalid, itemsChanged, plain } from './agenda-records'
import { approveDelegationRoster } from './roster-link'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'

const problemField: Record<VoteProblem, string> = {
  'unanimous-with-counts': 'vote',
  'no-counts': 'vote',
  'no-roster': 'rosterId',
  'not-passed': 'vote'
}
const problemText: Record<VoteProblem, string> = {
  'unanimous-with-counts': 'a unanimous vote has no votes against or abstentions',
  'no-counts': 'enter the number of votes for, against and abstaining',
  'no-roster': 'choose the roster the congress approved',
  'not-passed': 'the vote did not pass, so the roster cannot be approved'
}

/** The programme on the day: votes recorded, items started and finished, the run reset. */
export function agendaRunHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'recordAgendaVote' | 'startNextAgendaItem' | 'resetAgendaRun'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
    recordAgendaVote: ({ itemId, vote: raw, documentNumber }) => {
      const item = findItem(read(), itemId)
      if (item.kind !== 'vote')
        throw invalid('itemId', 'only a vote item records a vote result', itemId)
      const vote = raw === null ? null : normalizeInput(raw)
      const problem = vote ? voteProblem(vote) : null
      if (problem) throw invalid(problemField[problem], problemText[problem], itemId)
      const at = now()
      // The attendance at the moment the vote is recorded, from the committed check-ins.
      const door = attendanceState(read(), item.eventId)
      const attendance = vote && voteAttendance(attendanceFigures(door), door.rules, vote.subject)
      return changes.apply({ entity: 'agendaItem', action: 'vote' }, (draft) => {
        const live = findItem(draft, itemId)
        const before = live.vote
        live.vote =
          vote === null ? null : { ...vote, recordedAt: at, attendance: attendance ?? null }
        live.updatedAt = at
        if (vote?.subject === 'delegation-roster' && vote.rosterId) {
          approveDelegationRoster(draft, {
            rosterId: vote.rosterId,
            approvedBy: 'Đại hội biểu quyết',
            basis: `${live.title}: ${voteWords(live.vote ?? vote)}`,
            documentNumber: documentNumber ?? '',
            at
          })
        }
        return {
          value: plain(live),
          entityId: itemId,
          subject: live.title,
          changes: [{ field: 'vote', before, after: live.vote }]
        }
      })
    },

    startNextAgendaItem: ({ eventId }) => {
      const items = eventItems(read(), eventId)
      if (items.length === 0) throw new AppError('INCOMPLETE', 'The programme has no items yet.')
      const running = items.findIndex((i) => i.actualStart !== null && i.actualEnd === null)
      const next = items.findIndex((i, index) => index > running && i.actualStart === null)
      if (running < 0 && next < 0)
        throw new AppError('CONFLICT', 'The programme has already ended.')
      const wall = wallTimeOf(ctx.clock.now())
      const label = next >= 0 ? (items[next] as AgendaItem).title : 'Kết thúc chương trình'
      return itemsChanged(changes, eventId, label, next >= 0 ? 'start' : 'finish', (draft) => {
        if (running >= 0) findItem(draft, (items[running] as AgendaItem).id).actualEnd = wall
        if (next >= 0) findItem(draft, (items[next] as AgendaItem).id).actualStart = wall
      })
    },

    resetAgendaRun: ({ eventId }) => {
      findEvent(read(), eventId)
      return itemsChanged(changes, eventId, 'Xóa giờ thực tế', 'reset-run', (draft) => {
        for (const item of eventItems(draft, eventId)) {
          item.actualStart = null
          item.actualEnd = null
        }
      })
    }
  }
}
