import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFontSet } from '../certificates/fonts'
import { ptPerMm } from '../certificates/layout'
import { shippedTemplates } from '../certificates/templates'
import { renderNameTents } from './name-tents'
import { textMatrices } from './testing/text-matrices'

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])
const template = shippedTemplates(resourcesDir).find((t) => t.id === 'builtin-tent-a4')!

const member = (name: string, position: string) => ({
  honoreeId: name,
  kind: 'individual' as const,
  values: { nameLine: name, name, position, honorific: '' }
})

describe('name tents', () => {
  it('print the name on both faces, the upper half turned 180° so both read upright once folded', async () => {
    const pdf = await renderNameTents({
      template,
      fonts,
      profile: null,
      subjects: [
        member('Nguyễn Văn Hùng', 'Bí thư Đảng ủy phường'),
        member('Tôn Nữ Thị Hoàng Phương Khánh Linh', 'Phó Chủ tịch UBND phường')
      ],
      title: 't',
      creationDate: new Date('2025-09-01T00:00:00Z')
    })
    const w = 297 * ptPerMm
    const fold = 105 * ptPerMm
    const shown = textMatrices(pdf)
    const sizes: number[] = []
    for (const page of [1, 2]) {
      const onPage = shown.filter((s) => s.page === page)
      const upright = onPage.filter((s) => s.m[0] > 0 && s.m[3] > 0)
      const turned = onPage.filter((s) => s.m[0] < 0 && s.m[3] < 0)
      // nothing else: no sideways or mirrored text
      expect(upright.length + turned.length).toBe(onPage.length)
      expect(upright.length).toBe(turned.length)
      expect(upright.length).toBeGreaterThanOrEqual(2)
      for (const u of upright) {
        // the lower face, upright, in PDF space (origin bottom-left) below the fold
        expect(u.m[5]).toBeLessThan(fold)
        // its twin on the upper face: the same text turned about the sheet's centre
        const twin = turned.find(
          (t) =>
            Math.abs(t.m[4] - (w - u.m[4])) < 0.01 && Math.abs(t.m[5] - (2 * fold - u.m[5])) < 0.01
        )
        expect(twin).toBeDefined()
        expect(twin!.m[0]).toBeCloseTo(-u.m[0], 6)
        expect(twin!.m[3]).toBeCloseTo(-u.m[3], 6)
      }
      sizes.push(Math.max(...upright.map((u) => u.sizePt)))
    }
    // the name is large; a long name shrinks to fit
    expect(sizes[0]).toBeGreaterThanOrEqual(60)
    expect(sizes[1]).toBeLessThan(sizes[0]!)
  })
})
