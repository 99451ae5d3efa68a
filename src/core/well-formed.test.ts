import { describe, expect, it } from 'vitest'
import { createAppService } from './app-service'
import { testContext } from './testing/test-context'
import { illFormedTextPath } from './well-formed'

describe('ill-formed Unicode in a request', () => {
  it('finds a lone surrogate anywhere, and passes paired ones (emoji, rare CJK)', () => {
    expect(illFormedTextPath({ name: 'Nguyễn 😀 𠀀' })).toBeUndefined()
    expect(illFormedTextPath({ a: [{ b: 'x\uD800' }] })).toEqual(['a', '0', 'b'])
    expect(illFormedTextPath({ a: 'ok', 'k\uDC00': 1 })).toEqual(['k\uDC00'])
    expect(illFormedTextPath('\uDBFF')).toEqual([])
  })

  it('a backup name with a lone surrogate is refused instead of giving an id no restore finds', async () => {
    const service = await createAppService(testContext())
    try {
      const result = await service.dispatch('createBackup', { name: 'trước \uD83D đại hội' })
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
      expect(!result.ok && result.error.message).toContain('name')
      const listed = await service.dispatch('listBackups', {})
      expect(listed).toMatchObject({ ok: true, value: [] })
    } finally {
      await service.close()
    }
  })
})
