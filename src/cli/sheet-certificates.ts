import { readFileSync } from 'node:fs'
import type { TemplateLanguage } from '@shared/certificates/records'
import type { BatchItem } from '../core/certificates/batch'
import { selectPositions } from '../core/certificates/certificate-order'
import { certificateValues } from '../core/certificates/certificate-values'
import { previewSpreadsheet } from '../core/io/preview'
import type { Organisation } from '@shared/entities'
import type { Decision, Honoree, HonoreeKind } from '@shared/honours/entities'
import { honoreeKinds } from '@shared/honours/entities'
import { signerBlockOf } from '@shared/text/signer-lines'

const kindOf = (v: string | undefined): HonoreeKind => {
  const k = (v ?? '').toLowerCase()
  return (honoreeKinds as readonly string[]).includes(k) ? (k as HonoreeKind) : 'individual'
}

/**
 * The certificates of an honorees spreadsheet, for `dais certificates --honorees` (and the
 * benchmark that times it): one item per row, in the sheet's order, under a decision made of the
 * number and date given on the command line and the organisation's first signer.
 */
export async function honoreeItemsFromSheet(o: {
  file: string
  organisation: Organisation
  decisionNumber: string
  decisionDate: string | null
  only?: number[] | undefined
  /** The template's language, for the placeholders' own words. */
  language?: TemplateLanguage
}): Promise<{ items: BatchItem[] } | { error: string }> {
  const organisation = o.organisation
  let bytes: Buffer
  try {
    bytes = readFileSync(o.file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    return { error: `${o.file}: the file cannot be read (${code ?? String(e)}).` }
  }
  const { preview } = await previewSpreadsheet({
    fileName: o.file,
    bytes,
    kind: 'honorees',
    // errors stop the print; warnings (namesakes among them) are not shown
    context: { existingNames: [], categories: [], duplicates: false }
  })
  const errors = [...preview.fileProblems, ...preview.rows.flatMap((r) => r.problems ?? [])].filter(
    (p) => p.severity === 'error'
  )
  if (errors.length || preview.rows.length === 0)
    return {
      error: `${o.file}: no honorees could be read (${errors.map((e) => e.code).join(', ') || 'empty'}).`
    }
  const [number, symbol] = o.decisionNumber.split('/')
  const signer = organisation.signers[0]
  const decision = {
    number: number ?? '',
    symbol: symbol ?? '',
    date: o.decisionDate,
    signer: signer ? signerBlockOf(signer) : null,
    achievement: ''
  } as unknown as Decision
  const list = preview.rows.map((row, i) => {
    const v = row.values
    const honoree: Pick<
      Honoree,
      'kind' | 'name' | 'gender' | 'posthumous' | 'prefixOverride' | 'positionLine' | 'achievement'
    > = {
      kind: kindOf(v.kind),
      name: v.name ?? '',
      gender: v.gender === 'male' || v.gender === 'female' ? v.gender : null,
      posthumous: /^(true|1|x|có)$/i.test(v.posthumous ?? ''),
      prefixOverride: null,
      positionLine: v.positionLine ?? '',
      achievement: v.achievement || null
    }
    return { position: i + 1, honoree }
  })
  const items: BatchItem[] = selectPositions(list, o.only).map((x) => ({
    position: x.position,
    subject: {
      honoreeId: String(x.position),
      kind: x.honoree.kind,
      values: certificateValues(
        x.honoree,
        { organisation, event: null, decision, awardForm: null, register: null },
        o.language
      )
    }
  }))
  return { items }
}
