import type { ContractPart } from '../contract-part'
import type { rostersMethodNames } from './method-names'

export const rostersContract = {} satisfies ContractPart<(typeof rostersMethodNames)[number]>
