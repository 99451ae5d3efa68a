import type { ContractPart } from '../contract-part'
import type { certificatesMethodNames } from './method-names'

export const certificatesContract = {} satisfies ContractPart<
  (typeof certificatesMethodNames)[number]
>
