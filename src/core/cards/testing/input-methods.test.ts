import { describe, expect, it } from 'vitest'
import { telex, vni } from './input-methods'

describe('input method models', () => {
  it('combine keys the way Telex does', () => {
    expect(telex('tieengs Vieetj')).toBe('tiếng Việt')
    expect(telex('dduwowngf')).toBe('đường')
    expect(telex('DD')).toBe('Đ')
    expect(telex('w')).toBe('ư')
    expect(telex('BCF')).toBe('BCF')
  })
  it('combine keys the way VNI does', () => {
    expect(vni('tie6ng1 Vie6t5')).toBe('tiếng Việt')
    expect(vni('d9u7o7ng2')).toBe('đường')
    expect(vni('a1')).toBe('á')
    expect(vni('BC123')).toBe('BC123')
  })
})
