import type { ContractPart } from '../contract-part'
import type { delegatesMethodNames } from './method-names'

export const delegatesContract = {} satisfies ContractPart<(typeof delegatesMethodNames)[number]>
