import { describe, expect, it } from 'vitest'
import { ApiError } from './api'
import { errorMessageKey, fieldErrors } from './errors'

describe('errors', () => {
  it('maps codes to translation keys', () => {
    expect(errorMessageKey(new ApiError('NOT_FOUND', 'x'))).toBe('errors.NOT_FOUND')
    expect(errorMessageKey(new Error('boom'))).toBe('errors.INTERNAL')
  })

  it('extracts field messages from INVALID_ARGUMENT details', () => {
    const error = new ApiError('INVALID_ARGUMENT', 'bad', {
      issues: [
        { path: ['patch', 'date'], message: 'expected YYYY-MM-DD' },
        { path: ['other'], message: 'ignored' }
      ]
    })
    expect(fieldErrors(error, ['title', 'date'] as const)).toEqual({ date: 'expected YYYY-MM-DD' })
    expect(fieldErrors(new ApiError('NOT_FOUND', 'x'), ['title'] as const)).toEqual({})
  })
})
