import type { ContractPart } from '../contract-part'
import type { importMethodNames } from './method-names'

export const importContract = {} satisfies ContractPart<(typeof importMethodNames)[number]>
