import type { z } from 'zod'
import type { MethodName } from './method-names'
import { baseContract } from './base-contract'
import { agendaContract } from './agenda/contract'
import { attendanceContract } from './attendance/contract'
import { cardsContract } from './cards/contract'
import { certificatesContract } from './certificates/contract'
import { delegatesContract } from './delegates/contract'
import { honoursContract } from './honours/contract'
import { importContract } from './import/contract'
import { movementContract } from './movement/contract'
import { proposalsContract } from './movement/proposals-contract'
import { rostersContract } from './rosters/contract'
import { seatingContract } from './seating/contract'
import { deskContract } from './desk/contract'

export { maxImportBase64Length } from './contract-part'

/**
 * Every method the renderer may call: one JSON-safe argument in, one JSON-safe result out.
 * Preload, web client, dispatch and api.ts are all built from this table.
 */
export const contract = {
  ...baseContract,
  ...delegatesContract,
  ...rostersContract,
  ...importContract,
  ...honoursContract,
  ...certificatesContract,
  ...cardsContract,
  ...attendanceContract,
  ...agendaContract,
  ...seatingContract,
  ...deskContract,
  ...movementContract,
  ...proposalsContract
} satisfies Record<MethodName, { args: z.ZodType; result: z.ZodType }>

export type Contract = typeof contract
export type ArgOf<M extends MethodName> = z.input<Contract[M]['args']>
export type ParsedArgOf<M extends MethodName> = z.output<Contract[M]['args']>
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>

export { methodNames, channelOf, isMethodName, type MethodName } from './method-names'
