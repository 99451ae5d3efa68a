import type { ContractPart } from '../contract-part'
import type { agendaMethodNames } from './method-names'

export const agendaContract = {} satisfies ContractPart<(typeof agendaMethodNames)[number]>
