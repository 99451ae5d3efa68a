import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Template } from '@shared/certificates/entities'
import type { TemplateLanguage } from '@shared/certificates/records'
import type { Organisation, SignerBlock } from '@shared/entities'
import type { Decision, Honoree } from '@shared/honours/entities'
import { renderBatch, type BatchItem } from './batch'
import { certificateValues } from './certificate-values'
import { createFontSet } from './fonts'
import { shippedTemplates } from './templates'
import { pdfText, pdfToPng } from './testing/poppler'

/*
 * Every shipped certificate template prints its placeholders' own words (dates, forms of
 * address, the award verb, the decision reference, the signer's authority) in its language:
 * once the office's own data (names, places, numbers, positions) is taken out, pdftotext holds
 * no word of another language.
 */

const resourcesDir = resolve(__dirname, '..', '..', '..', 'resources')
const artifacts = resolve(__dirname, '..', '..', '..', 'test-results', 'artifacts')
const fonts = createFontSet(resourcesDir, '/nonexistent', [])

type Person = Pick<Honoree, 'kind' | 'name' | 'gender' | 'posthumous' | 'positionLine'>

interface Office {
  organisation: Organisation
  /** The office's own words: taken out of the text before looking for foreign words. */
  data: string[]
  honorees: Person[]
  achievement: string
  signers: SignerBlock[]
  decision: { number: string; symbol: string }
}

const vietnameseWard: Office = {
  organisation: {
    authorityName: 'Ủy ban nhân dân phường Tiền Phong',
    headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TIỀN PHONG'],
    placeName: 'Tiền Phong',
    documentSymbol: 'QĐ-UBND',
    signers: [],
    logo: null
  },
  data: ['Tiền Phong', 'QĐ-UBND', 'Nguyễn Văn Hùng', 'Trần Thị Thu Hà'],
  honorees: [
    {
      kind: 'individual',
      name: 'Phan Văn Hòa',
      gender: 'male',
      posthumous: true,
      positionLine: ''
    },
    {
      kind: 'individual',
      name: 'Trần Thị Bình',
      gender: 'female',
      posthumous: false,
      positionLine: ''
    },
    {
      kind: 'household',
      name: 'Lê Văn Cường',
      gender: 'male',
      posthumous: false,
      positionLine: ''
    },
    {
      kind: 'collective',
      name: 'Trường Mầm non Hoa Sen',
      gender: null,
      posthumous: false,
      positionLine: ''
    }
  ],
  achievement: '',
  signers: [
    { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch', collective: 'Ủy ban nhân dân' },
    { name: 'Trần Thị Thu Hà', title: 'Phó Chủ tịch', onBehalfOf: 'Chủ tịch' }
  ],
  decision: { number: '125', symbol: 'QĐ-UBND' }
}

const germanClub: Office = {
  organisation: {
    authorityName: 'Turnverein Berlin 1850 e. V.',
    headerLines: [],
    placeName: 'Berlin',
    documentSymbol: '',
    signers: [],
    logo: null
  },
  data: ['Turnverein Berlin 1850 e. V.', 'Berlin', 'Klaus Weber', 'Petra Neumann'],
  honorees: [
    {
      kind: 'individual',
      name: 'Hans Müller',
      gender: 'male',
      posthumous: true,
      positionLine: 'Ehrenmitglied'
    },
    {
      kind: 'individual',
      name: 'Anna Schmidt',
      gender: 'female',
      posthumous: false,
      positionLine: 'Übungsleiterin'
    },
    { kind: 'household', name: 'Jörg Becker', gender: 'male', posthumous: false, positionLine: '' },
    {
      kind: 'collective',
      name: 'Kinderturngruppe',
      gender: null,
      posthumous: false,
      positionLine: ''
    }
  ],
  achievement: 'für langjähriges ehrenamtliches Engagement im Verein',
  signers: [
    { name: 'Dr. Klaus Weber', title: 'Vorsitzender' },
    { name: 'Petra Neumann', title: 'Schriftführerin', onBehalfOf: 'Vorsitzender' }
  ],
  decision: { number: '7', symbol: '2025' }
}

/** The office a template of this language is printed for in the test. */
const officeFor: Record<TemplateLanguage, Office> = {
  vi: vietnameseWard,
  en: {
    ...vietnameseWard,
    honorees: vietnameseWard.honorees.map((h) => ({
      ...h,
      positionLine: 'Head of Residential Group No. 3'
    })),
    achievement: 'For outstanding achievements in the patriotic emulation movement 2020 - 2025'
  },
  de: germanClub
}

/** Words the placeholders of each language print, which must not leak into another one. */
const vocabulary: Record<TemplateLanguage, RegExp> = {
  vi: /\b(ngày|tháng|năm|Tặng|tặng|Truy|Ông|Bà|Hộ gia đình|Quyết định|số|Số sổ|CHỦ TỊCH|ỦY BAN|NHÂN DÂN|PHƯỜNG|phường|TM\.|KT\.|GIẤY KHEN)(?=[\s,.:;]|$)/u,
  en: /\b(of|the|awarded|posthumously|Posthumous|Decision|Register|No\.|Mr|Ms|household|CHAIRMAN|COMMITTEE|BEHALF|FOR THE|WARD|January|February|March|May|June|July|October|December|CERTIFICATE|MERIT)\b/,
  de: /\b(verliehen|posthum|Beschluss|Nr\.|vom|den|Herrn|Frau|Haushalt|Vorsitzender|In Vertretung|Im Auftrag|Für|Volkskomitee|Registernummer|Anerkennung|Würdigung|EHRENURKUNDE|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b/
}

function items(template: Template, office: Office, signer: SignerBlock): BatchItem[] {
  const language = template.language ?? 'vi'
  const decision = {
    number: office.decision.number,
    symbol: office.decision.symbol,
    date: '2025-09-05',
    signer,
    achievement: office.achievement
  } as Decision
  return office.honorees.map((h, i) => ({
    position: i + 1,
    subject: {
      honoreeId: `h${i}`,
      kind: h.kind,
      values: certificateValues(
        { ...h, prefixOverride: null, achievement: null },
        {
          organisation: office.organisation,
          event: null,
          decision,
          awardForm: null,
          register: null
        },
        language
      )
    }
  }))
}

async function render(template: Template, batch: BatchItem[]): Promise<Buffer> {
  const targetPath = join(mkdtempSync(join(tmpdir(), 'dais-lang-')), 'batch.pdf')
  await renderBatch({
    template: { ...template, mode: 'full' },
    fonts,
    profile: null,
    plainPaperTest: false,
    items: batch,
    output: 'single',
    title: template.name,
    creationDate: new Date('2025-09-05T08:00:00.000Z'),
    targetPath
  })
  return readFileSync(targetPath)
}

const certificates = shippedTemplates(resourcesDir).filter(
  (t) => (t.kind ?? 'certificate') === 'certificate'
)

describe('template languages', () => {
  it('ships Vietnamese, English and German certificate templates', () => {
    expect(new Set(certificates.map((t) => t.language ?? 'vi'))).toEqual(
      new Set(['vi', 'en', 'de'])
    )
  })

  it.each(certificates.map((t) => [t.name, t] as const))(
    '"%s" prints no word of another language',
    async (_, template) => {
      const language = template.language ?? 'vi'
      const office = officeFor[language]
      for (const signer of office.signers) {
        const pdf = await render(template, items(template, office, signer))
        let text = pdfText(pdf).replace(/\s+/g, ' ')
        const own = [
          ...office.data,
          ...office.honorees.flatMap((h) => [h.name, h.positionLine]),
          office.achievement
        ].filter((s) => s !== '')
        for (const d of own.sort((a, b) => b.length - a.length))
          text = text.replace(new RegExp(d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), ' ')
        for (const other of Object.keys(vocabulary) as TemplateLanguage[]) {
          if (other === language) continue
          expect(text.match(vocabulary[other])?.[0] ?? null, `${template.name}: ${text}`).toBeNull()
        }
        // The template's own language is there, not an empty page.
        expect(text).toMatch(vocabulary[language])
        if (language !== 'vi')
          expect(text).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu)
      }
      mkdirSync(artifacts, { recursive: true })
      pdfToPng(
        await render(template, items(template, office, office.signers[0]!)),
        60,
        resolve(artifacts, `template-${template.id}`)
      )
    }
  )

  it('the German certificate reads as a German one', async () => {
    const template = certificates.find((t) => t.language === 'de')!
    const text = pdfText(
      await render(template, items(template, germanClub, germanClub.signers[1]!))
    ).replace(/\s+/g, ' ')
    for (const line of [
      'Turnverein Berlin 1850 e. V.',
      'EHRENURKUNDE',
      'posthum verliehen an',
      'Herrn Hans Müller',
      'verliehen an Frau Anna Schmidt',
      'Haushalt von Herrn Jörg Becker',
      'In Anerkennung und Würdigung',
      'Berlin, den 5. September 2025',
      'Beschluss Nr. 7/2025 vom 5. September 2025',
      'Petra Neumann In Vertretung Schriftführerin'
    ])
      expect(text).toContain(line)
  })

  it('the English certificate names the authority, the posthumous award and the date in English', async () => {
    const template = certificates.find((t) => t.language === 'en')!
    const text = pdfText(
      await render(template, items(template, officeFor.en, vietnameseWard.signers[0]!))
    ).replace(/\s+/g, ' ')
    for (const line of [
      "CHAIRMAN OF THE PEOPLE'S COMMITTEE OF TIỀN PHONG WARD",
      'is posthumously awarded to Mr Phan Văn Hòa',
      'is proudly awarded to Ms Trần Thị Bình',
      'The household of Mr Lê Văn Cường',
      'Decision No. 125/QĐ-UBND of 5 September 2025',
      'Tiền Phong, 5 September 2025',
      "ON BEHALF OF THE PEOPLE'S COMMITTEE CHAIRMAN"
    ])
      expect(text).toContain(line)
  })
})
