import { refuse } from './limits'
import { scanXml, xmlText, type XmlAttributes } from './xml-scan'

export interface SheetEntry {
  name: string
  hidden: boolean
  /** Zip path of the worksheet part, e.g. xl/worksheets/sheet1.xml. */
  path: string | null
}

export interface WorkbookPart {
  date1904: boolean
  sheets: SheetEntry[]
}

const isTrue = (value: string | undefined) => value === '1' || value === 'true'

function relationshipTargets(xml: string | undefined): Map<string, string> {
  const targets = new Map<string, string>()
  if (!xml) return targets
  scanXml(xml, {
    open(name, a) {
      if (name !== 'Relationship') return
      const id = a.get('Id')
      const target = a.get('Target')
      if (id && target) targets.set(id, target)
    },
    close() {},
    text() {}
  })
  return targets
}

function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = `xl/${target}`.split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}

/** xl/workbook.xml with its relationships: the sheets in tab order, their state and parts. */
export function readWorkbookPart(workbookXml: string, relsXml: string | undefined): WorkbookPart {
  const targets = relationshipTargets(relsXml)
  let date1904 = false
  const sheets: SheetEntry[] = []
  scanXml(workbookXml, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = isTrue(a.get('date1904'))
      else if (name === 'sheet') {
        const sheetName = a.get('name')
        if (sheetName === undefined) return
        const id = a.get('id')
        const target = id ? targets.get(id) : undefined
        const state = a.get('state')
        sheets.push({
          name: sheetName,
          hidden: state === 'hidden' || state === 'veryHidden',
          path: target ? partPath(target) : null
        })
      }
    },
    close() {},
    text() {}
  })
  return { date1904, sheets }
}

/** A number format code for the built-in ids that have one (the same table exceljs used). */
const builtInFormats: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@'
}

/** A format shows a date or time when, outside quotes and [brackets], it has y m d h s or b. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))
}

export interface CellStyle {
  font?: string
  numFmt?: string
  isDate: boolean
}

const plainStyle: CellStyle = { isDate: false }

/** xl/styles.xml: for each cellXfs index, the font name and number format of the cell. */
export function readStyles(xml: string | undefined): CellStyle[] {
  if (!xml) return []
  const customFormats = new Map<number, string>()
  const fonts: (string | undefined)[] = []
  const xfs: { numFmtId: number; fontId: number }[] = []
  let section = ''
  let inFont = false
  scanXml(xml, {
    open(name, a) {
      switch (name) {
        case 'numFmts':
        case 'fonts':
        case 'cellXfs':
        case 'cellStyleXfs':
        case 'dxfs':
          section = name
          break
        case 'numFmt':
          if (section === 'numFmts') {
            const id = a.get('numFmtId')
            const code = a.get('formatCode')
            if (id !== undefined && code !== undefined) customFormats.set(Number(id), code)
          }
          break
        case 'font':
          if (section === 'fonts') {
            fonts.push(undefined)
            inFont = true
          }
          break
        case 'name':
          if (section === 'fonts' && inFont) fonts[fonts.length - 1] = a.get('val')
          break
        case 'xf':
          if (section === 'cellXfs')
            xfs.push({
              numFmtId: Number(a.get('numFmtId') ?? 0),
              fontId: Number(a.get('fontId') ?? -1)
            })
          break
      }
    },
    close(name) {
      if (name === section) section = ''
      else if (name === 'font') inFont = false
    },
    text() {}
  })
  return xfs.map(({ numFmtId, fontId }) => {
    const numFmt = numFmtId ? (customFormats.get(numFmtId) ?? builtInFormats[numFmtId]) : undefined
    const font = fontId >= 0 ? fonts[fontId] : undefined
    if (numFmt === undefined && font === undefined) return plainStyle
    return { font, numFmt, isDate: isDateFormat(numFmt) }
  })
}

export interface RichRun {
  text: string
  font?: string
}

export type SharedString = string | { runs: RichRun[] }

/** Excel escapes some characters in shared strings as _xHHHH_. */
const unescapeExcel = (text: string) =>
  text.includes('_x')
    ? text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text

/**
 * Collects the text of `<t>` and `<r>` runs (with `<rPr><rFont>`) of a string item (`<si>` or
 * an inline `<is>`); phonetic runs (`<rPh>`) are not part of the value.
 */
export class StringItemCollector {
  private plain: string[] | null = null
  private runs: RichRun[] | null = null
  private runText: string[] | null = null
  private runFont: string | undefined
  private inRun = false
  private inPhonetic = false
  private inText = false

  constructor(private readonly excelEscapes: boolean) {}

  reset() {
    this.plain = null
    this.runs = null
    this.inRun = false
    this.inPhonetic = false
    this.inText = false
  }

  open(name: string, a: XmlAttributes, selfClosing: boolean) {
    if (name === 'rPh') this.inPhonetic = !selfClosing
    else if (this.inPhonetic) return
    else if (name === 'r') {
      this.inRun = true
      this.runText = []
      this.runFont = undefined
    } else if (name === 'rFont' && this.inRun) this.runFont = a.get('val')
    else if (name === 't') {
      this.inText = true
      if (!this.inRun) this.plain = []
    }
  }

  close(name: string) {
    if (name === 'rPh') this.inPhonetic = false
    else if (this.inPhonetic) return
    else if (name === 't') this.inText = false
    else if (name === 'r' && this.inRun) {
      this.inRun = false
      const text = this.finish(this.runText ?? [])
      ;(this.runs ??= []).push(this.runFont === undefined ? { text } : { text, font: this.runFont })
    }
  }

  text(xml: string, start: number, end: number) {
    if (!this.inText || this.inPhonetic) return
    const text = xmlText(xml, start, end)
    if (this.inRun) this.runText?.push(text)
    else this.plain?.push(text)
  }

  /** The item as exceljs modelled it: rich runs when there are any, else the plain text. */
  value(): SharedString | undefined {
    if (this.runs) return { runs: this.runs }
    if (this.plain) return this.finish(this.plain)
    return undefined
  }

  private finish(parts: string[]) {
    const text = parts.join('')
    return this.excelEscapes ? unescapeExcel(text) : text
  }
}

/** xl/sharedStrings.xml, in index order. */
export function readSharedStrings(xml: string | undefined): SharedString[] {
  const strings: SharedString[] = []
  if (!xml) return strings
  const item = new StringItemCollector(true)
  let inItem = false
  scanXml(xml, {
    open(name, a, selfClosing) {
      if (name === 'si') {
        item.reset()
        inItem = true
        if (selfClosing) return
      } else if (inItem) item.open(name, a, selfClosing)
    },
    close(name) {
      if (name === 'si') {
        if (!inItem) throw refuse('CORRUPT', 'broken shared strings')
        inItem = false
        strings.push(item.value() ?? '')
      } else if (inItem) item.close(name)
    },
    text(x, start, end) {
      if (inItem) item.text(x, start, end)
    }
  })
  return strings
}
