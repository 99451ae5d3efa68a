import { describe, expect, it } from 'vitest'
import { contract, methodNames } from './contract'
import { argsSchemaOf } from './contract-lookup'

describe('the contract, loaded feature by feature', () => {
  it.each(methodNames)('%s validates with the schema the contract table holds', async (m) => {
    expect(await argsSchemaOf(m)).toBe(contract[m].args)
  })
})
