import type { z } from 'zod'
import { agendaMethodNames } from './agenda/method-names'
import { attendanceMethodNames } from './attendance/method-names'
import { cardsMethodNames } from './cards/method-names'
import { certificatesMethodNames } from './certificates/method-names'
import { delegatesMethodNames } from './delegates/method-names'
import { deskMethodNames } from './desk/method-names'
import { honoursMethodNames } from './honours/method-names'
import { importMethodNames } from './import/method-names'
import { baseMethodNames, type MethodName } from './method-names'
import { movementMethodNames, proposalsMethodNames } from './movement/method-names'
import { rostersMethodNames } from './rosters/method-names'
import { seatingMethodNames } from './seating/method-names'

type Part = Record<string, { args: z.ZodType; result: z.ZodType }>

/**
 * Each feature's slice of the contract, loaded the first time one of its methods is called: a
 * process that calls a few methods (a `dais` command) builds those features' schemas only, not
 * the ~200 of the whole table. The schemas are the very ones `contract` holds (a test checks).
 */
const parts: [readonly string[], () => Promise<Part>][] = [
  [baseMethodNames, async () => (await import('./base-contract')).baseContract],
  [delegatesMethodNames, async () => (await import('./delegates/contract')).delegatesContract],
  [rostersMethodNames, async () => (await import('./rosters/contract')).rostersContract],
  [importMethodNames, async () => (await import('./import/contract')).importContract],
  [honoursMethodNames, async () => (await import('./honours/contract')).honoursContract],
  [
    certificatesMethodNames,
    async () => (await import('./certificates/contract')).certificatesContract
  ],
  [cardsMethodNames, async () => (await import('./cards/contract')).cardsContract],
  [attendanceMethodNames, async () => (await import('./attendance/contract')).attendanceContract],
  [agendaMethodNames, async () => (await import('./agenda/contract')).agendaContract],
  [seatingMethodNames, async () => (await import('./seating/contract')).seatingContract],
  [deskMethodNames, async () => (await import('./desk/contract')).deskContract],
  [movementMethodNames, async () => (await import('./movement/contract')).movementContract],
  [
    proposalsMethodNames,
    async () => (await import('./movement/proposals-contract')).proposalsContract
  ]
]

const loaded = new Map<string, Part>()

/** The zod schema of `method`'s argument, as `contract[method].args`. */
export async function argsSchemaOf(method: MethodName): Promise<z.ZodType> {
  const part = loaded.get(method)
  if (part) return part[method]!.args
  const entry = parts.find(([names]) => names.includes(method))
  if (!entry) throw new Error(`"${method}" belongs to no part of the contract`)
  const schemas = await entry[1]()
  for (const name of entry[0]) loaded.set(name, schemas)
  return schemas[method]!.args
}
