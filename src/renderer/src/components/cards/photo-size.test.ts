import { describe, expect, it } from 'vitest'
import { photoSizeProblem } from './photo-size'

const MB = 1024 * 1024

describe('the size of the photos chosen for the cards', () => {
  it('names the first photo over the limit, with its size and the limit', () => {
    expect(
      photoSizeProblem([
        { name: '1.jpg', size: 2 * MB },
        { name: 'Nguyễn Văn An.jpg', size: 60 * MB }
      ])
    ).toEqual({ kind: 'file', fileName: 'Nguyễn Văn An.jpg', size: 60 * MB, limit: 50 * MB })
  })
  it('refuses photos too large together, and accepts them at the limit', () => {
    const forty = Array.from({ length: 40 }, (_, i) => ({ name: `${i + 1}.jpg`, size: 1.5 * MB }))
    expect(photoSizeProblem(forty)).toEqual({
      kind: 'total',
      count: 40,
      size: 60 * MB,
      limit: 50 * MB
    })
    expect(photoSizeProblem([{ name: '1.png', size: 50 * MB }])).toBeNull()
    expect(photoSizeProblem([])).toBeNull()
  })
})
