import type { ContractPart } from '../contract-part'
import type { honoursMethodNames } from './method-names'

export const honoursContract = {} satisfies ContractPart<(typeof honoursMethodNames)[number]>
