import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Template } from '@shared/certificates/entities'
import { certificateValues } from '../certificates/certificate-values'
import { createFontSet } from '../certificates/fonts'
import { layoutCertificate } from '../certificates/layout'
import { overlappingFields } from '../certificates/overlap'
import { parseTemplateFile } from '../certificates/templates'
import { sampleOrganisation } from '../honours/testing/decision-pdf.fixture'
import { upgradeCopiedTemplates } from './copied-templates'
import { migrations } from './migrations'

/* Copies of the built-ins made before v6 (the English one as shipped then, the Vietnamese one
 * from before "Truy tặng" replaced "Tặng"), the Vietnamese one with the register label edited. */
const copies = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'v5-copied-templates.json'), 'utf8')
) as { en: unknown; vi: unknown }
const fonts = createFontSet(resolve(__dirname, '..', '..', '..', 'resources'), '/nonexistent', [])

const v5 = () => ({
  certificates: { templates: [structuredClone(copies.en), structuredClone(copies.vi)] }
})
const migrated = () =>
  (
    upgradeCopiedTemplates.migrate(v5()) as { certificates: { templates: unknown[] } }
  ).certificates.templates.map((t) => Template.parse(t))

function printed(template: Template, posthumous: boolean): string[] {
  const honoree = {
    kind: 'individual' as const,
    name: 'Phan Văn Hòa',
    gender: 'male' as const,
    posthumous,
    prefixOverride: null,
    positionLine: '',
    achievement: null
  }
  const values = certificateValues(
    honoree,
    {
      organisation: sampleOrganisation(),
      event: null,
      decision: null,
      awardForm: null,
      register: null
    },
    template.language ?? 'vi'
  )
  const layout = layoutCertificate(
    { ...template, mode: 'full' },
    { honoreeId: 'h', kind: 'individual', values },
    fonts,
    { purpose: 'print', marginMm: null, profile: null }
  )
  return layout.items.flatMap((i) => (i.type === 'text' ? i.runs.map((r) => r.text) : []))
}

describe('v5 → v6: templates copied from the old built-ins get their fixes', () => {
  it('is the step after v5 and leaves its input untouched', () => {
    expect(migrations[migrations.indexOf(upgradeCopiedTemplates) - 1]?.from).toBe(4)
    expect(upgradeCopiedTemplates.from).toBe(5)
    const input = v5()
    const before = structuredClone(input)
    upgradeCopiedTemplates.migrate(input)
    expect(input).toEqual(before)
    expect(upgradeCopiedTemplates.migrate({ events: [] })).toEqual({ events: [] })
  })

  it('the English copy becomes an English template: posthumous wording in English, no Vietnamese line', () => {
    const [en] = migrated()
    expect(en!.language).toBe('en')
    const lines = printed(en!, true)
    expect(lines).toContain('is posthumously awarded to')
    expect(lines.join(' ')).not.toMatch(/Truy tặng|ngày|tháng|Quyết định/)
    expect(printed(en!, false)).toContain('is proudly awarded to')
  })

  it('the Vietnamese copy prints "Truy tặng:" in place of "Tặng:", the motto rule as long as the motto; the user’s own label stays', () => {
    const [, vi] = migrated()
    expect(vi!.language).toBeUndefined()
    const lines = printed(vi!, true)
    expect(lines).toContain('Truy tặng:')
    expect(lines).not.toContain('Tặng:')
    expect(lines.filter((l) => /tặng/i.test(l))).toEqual(['Truy tặng:'])
    expect(vi!.fields.find((f) => f.id === 'mottoRule')).toMatchObject({ widthMm: 60.4 })
    expect(vi!.fields.find((f) => f.id === 'registerNumber')).toMatchObject({
      content: 'Sổ vàng số: {registerNumber}'
    })
  })

  it('a copy printing on blanks keeps its pre-printed "Tặng:" and prints "Truy" before it', () => {
    const blankCopy = {
      ...(structuredClone(copies.vi) as Record<string, unknown>),
      mode: 'blank'
    }
    const [copy] = (
      upgradeCopiedTemplates.migrate({ certificates: { templates: [blankCopy] } }) as {
        certificates: { templates: unknown[] }
      }
    ).certificates.templates.map((t) => Template.parse(t))
    const tang = copy!.fields.find((f) => f.id === 'tang')!
    const truy = copy!.fields.find((f) => f.id === 'truy')!
    expect(tang).toMatchObject({ content: 'Tặng:', preprinted: true, xMm: 141, widthMm: 15 })
    expect(truy).toMatchObject({ content: '{posthumousPrefix}', xMm: 30, widthMm: 110.8 })
    expect(truy.preprinted).toBeUndefined()
    expect(overlappingFields(copy!).filter((w) => w.fieldId === 'truy')).toEqual([])
    expect(printed(copy!, true).filter((l) => /tặng|truy/i.test(l))).toEqual(['Tặng:', 'Truy'])
  })

  it('a template file exported before templates had a language is upgraded on import', () => {
    const file = Buffer.from(
      JSON.stringify({ format: 'dais-certificate-template', version: 1, template: copies.en })
    )
    const t = parseTemplateFile(file, 'old.json')
    expect(t.language).toBe('en')
    expect(printed(t, true)).toContain('is posthumously awarded to')
  })
})
