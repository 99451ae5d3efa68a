/*
 * Everything that follows the award rounds' stage order: the MC script, the tray lists, the
 * honoree seating and the certificate print order. Pure and zod-free: the core prints it, the
 * presenter view shows it, and all of them read the one `rounds` list.
 */
import { attendanceLine } from '../attendance/quorum'
import type { AgendaItem, AwardRound } from './entities'
import {
  awardNameInSentence,
  decisionReference,
  mcHonoreeLine,
  receiverLine,
  roundCall,
  roundInvitation,
  type RoundHonoree
} from './mc-wording'

export interface DecisionView {
  id: string
  number: string
  symbol: string
  date: string | null
  subject: string
  /** The award form's printed title, e.g. "GIẤY KHEN". */
  awardTitle: string
  /** 1 = highest. */
  awardRank: number
  honoreeIds: { collective: string[]; individual: string[]; household: string[] }
}

export interface StagePlanInput {
  items: readonly AgendaItem[]
  rounds: readonly AwardRound[]
  honorees: Readonly<Record<string, RoundHonoree>>
  decisions: Readonly<Record<string, DecisionView>>
  /** The door's figures now; absent or null when nobody has checked in yet. */
  attendance?: { summoned: number; present: number } | null
}

export const sortRounds = (rounds: readonly AwardRound[]): AwardRound[] =>
  [...rounds].sort((a, b) => a.index - b.index)

/** The certificates of a decision in stage order, or null when the decision has no rounds. */
export function printOrderFromRounds(
  rounds: readonly AwardRound[],
  decisionId: string
): string[] | null {
  const own = sortRounds(rounds).filter((r) => r.decisionId === decisionId)
  return own.length === 0 ? null : own.flatMap((r) => r.honoreeIds)
}

const honoreesOf = (round: AwardRound, honorees: StagePlanInput['honorees']): RoundHonoree[] =>
  round.honoreeIds.map((id) => honorees[id]).filter((h): h is RoundHonoree => h !== undefined)

export interface RoundScript {
  roundId: string
  title: string
  invitation: string
  call: string
  /** Read left to right as the audience sees the stage. */
  names: string[]
}

export interface ScriptBlock {
  itemId: string | null
  title: string
  presenter: string
  /** The MC's own words, then automatic lines (decision references). */
  lines: string[]
  rounds: RoundScript[]
}

export function roundScript(
  round: AwardRound,
  input: Pick<StagePlanInput, 'honorees' | 'decisions'>
): RoundScript {
  const people = honoreesOf(round, input.honorees)
  const decision = input.decisions[round.decisionId]
  const award = awardNameInSentence(decision?.awardTitle ?? 'Giấy khen')
  return {
    roundId: round.id,
    title: round.title,
    invitation: roundInvitation(round.presenters, people, award),
    call: roundCall(people),
    names: people.map(mcHonoreeLine)
  }
}

const blank = '……'

/**
 * What the MC announces about attendance: the live figure once someone is checked in, otherwise
 * a line to fill in by hand (the number summoned kept when known), so a script printed the day
 * before still has the place for it.
 */
export function attendanceAnnouncement(attendance: StagePlanInput['attendance']): string {
  if (attendance && attendance.present > 0) {
    return `${attendanceLine(attendance.present, attendance.summoned)}.`
  }
  const summoned = attendance && attendance.summoned > 0 ? String(attendance.summoned) : blank
  return `Có mặt ${blank}/${summoned} đại biểu, đạt ${blank}%.`
}

/**
 * The item where the attendance is announced: the introduction of guests ("Tuyên bố lý do,
 * giới thiệu đại biểu"), else the welcome; none when the programme has neither.
 */
function announcementItemId(items: readonly AgendaItem[]): string | undefined {
  return (items.find((i) => i.kind === 'guests') ?? items.find((i) => i.kind === 'welcome'))?.id
}

/** The MC script: every item's wording, each round's names in stage order. */
export function buildMcScript(input: StagePlanInput): ScriptBlock[] {
  const rounds = sortRounds(input.rounds)
  const announceAt = announcementItemId(input.items)
  const itemIds = new Set(input.items.map((i) => i.id))
  const decisionsWithRounds = [...new Set(rounds.map((r) => r.decisionId))]
    .map((id) => input.decisions[id])
    .filter((d): d is DecisionView => d !== undefined)
    .sort((a, b) => a.awardRank - b.awardRank)
  const blocks: ScriptBlock[] = input.items.map((item) => {
    const lines = item.mcText
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
    if (item.kind === 'decision') {
      for (const d of decisionsWithRounds) lines.push(`${decisionReference(d)}.`)
    }
    if (item.id === announceAt) lines.push(attendanceAnnouncement(input.attendance))
    return {
      itemId: item.id,
      title: item.title,
      presenter: item.presenter,
      lines,
      rounds: rounds.filter((r) => r.agendaItemId === item.id).map((r) => roundScript(r, input))
    }
  })
  const loose = rounds.filter((r) => r.agendaItemId === null || !itemIds.has(r.agendaItemId))
  if (loose.length > 0) {
    blocks.push({
      itemId: null,
      title: 'Các đợt trao chưa gắn với mục chương trình',
      presenter: '',
      lines: [],
      rounds: loose.map((r) => roundScript(r, input))
    })
  }
  return blocks
}

export interface TrayList {
  roundId: string
  title: string
  presenters: string[]
  attendants: string[]
  /** Position 1 is the top of the stack: the first certificate handed over. */
  entries: { position: number; honoreeId: string; line: string }[]
}

export function trayLists(input: Pick<StagePlanInput, 'rounds' | 'honorees'>): TrayList[] {
  return sortRounds(input.rounds).map((round) => ({
    roundId: round.id,
    title: round.title,
    presenters: round.presenters,
    attendants: round.attendants,
    entries: honoreesOf(round, input.honorees).map((h, i) => ({
      position: i + 1,
      honoreeId: h.id,
      line: mcHonoreeLine(h)
    }))
  }))
}

export interface SeatingEntry {
  seat: number
  roundTitle: string
  honoreeId: string
  line: string
}

/** Aisle seats in round order, then stage order: recipients leave their seats in turn. */
export function honoreeSeating(input: Pick<StagePlanInput, 'rounds' | 'honorees'>): SeatingEntry[] {
  let seat = 0
  return sortRounds(input.rounds).flatMap((round) =>
    honoreesOf(round, input.honorees).map((h) => ({
      seat: ++seat,
      roundTitle: round.title,
      honoreeId: h.id,
      line: receiverLine(h)
    }))
  )
}
