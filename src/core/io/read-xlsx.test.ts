import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { readXlsx } from './read-xlsx'
import { decodeEntities, scanXml } from './xml-scan'

const workbookXml = (date1904: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <workbookPr date1904="${date1904}"/>
  <sheets>
    <sheet name="Bí mật" sheetId="2" state="hidden" r:id="rId2"/>
    <sheet name="Danh sách &amp; ghi chú" sheetId="1" r:id="rId1"/>
  </sheets>
</workbook>`

const rels = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>
  <Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/>
</Relationships>`

const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts count="2"><numFmt numFmtId="164" formatCode="0000000000"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy;@"/></numFmts>
  <fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><name val=".VnTime"/></font></fonts>
  <cellStyleXfs count="1"><xf numFmtId="14" fontId="0"/></cellStyleXfs>
  <cellXfs count="5">
    <xf numFmtId="0" fontId="0"/>
    <xf numFmtId="164" fontId="0"/>
    <xf numFmtId="165" fontId="0"/>
    <xf numFmtId="14" fontId="0"/>
    <xf numFmtId="0" fontId="1"/>
  </cellXfs>
  <dxfs count="1"><dxf><font><name val="Wingdings"/></font></dxf></dxfs>
</styleSheet>`

const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <si><t xml:space="preserve"> Nguyễn &amp; Văn &#65;n&#x21; </t></si>
  <si><r><rPr><b/><rFont val="Arial"/></rPr><t>Trần </t></r><r><t>Thị Hà</t></r><rPh><t>ignored</t></rPh></si>
  <si><t>'=SUM(A1)</t></si>
  <si><t>Line_x000A_two</t></si>
  <si/>
</sst>`

const sheet1 = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
    <row r="2" hidden="1"><c r="A2" s="1"><v>912345678</v></c><c r="B2" s="2"><v>43000</v></c><c r="C2" s="3"><v>43000.75</v></c></row>
    <row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3" t="e"><v>#N/A</v></c><c r="C3" t="inlineStr"><is><t>inline &lt;x&gt;</t></is></c><c r="D3"><v>1.1000000000000001</v></c></row>
    <row r="4"><c r="A4" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B4"><f>1+1</f><v>2</v></c><c r="C4"><f>NOW()</f></c><c r="D4" s="2"><f t="shared" ref="D4:E4" si="0">B2+1</f><v>43001</v></c><c r="E4" s="2"><f t="shared" si="0"/><v>43002</v></c></row>
    <row r="5"><c r="A5" s="0"/><c r="B5" s="4"/></row>
    <row r="6"><c r="A6" t="s"><v>3</v></c><c r="B6" t="s"><v>4</v></c></row>
    <row r="7"><c r="A7" t="s"><v>0</v></c><c r="B7" t="s"><v>0</v></c></row>
  </sheetData>
  <mergeCells count="1"><mergeCell ref="A7:B8"/></mergeCells>
</worksheet>`

const sheet2 = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`

function xlsx(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])))
}

const workbook = (date1904 = '0', sheet = sheet1) =>
  xlsx({
    'xl/workbook.xml': workbookXml(date1904),
    'xl/_rels/workbook.xml.rels': rels,
    'xl/styles.xml': styles,
    'xl/sharedStrings.xml': sharedStrings,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/worksheets/sheet2.xml': sheet2
  })

describe('readXlsx (own reader)', () => {
  it('reads every cell kind as the grid expects', async () => {
    const book = await readXlsx(workbook())
    expect(book.hiddenSheets).toEqual(['Bí mật'])
    expect(book.date1904).toBe(false)
    expect(book.sheets).toHaveLength(1)
    const [grid] = book.sheets
    expect(grid?.sheet).toBe('Danh sách & ghi chú')
    expect(JSON.parse(JSON.stringify(grid))).toEqual({
      sheet: 'Danh sách & ghi chú',
      rows: [
        {
          row: 1,
          hidden: false,
          cells: [
            { text: 'Nguyễn & Văn An!', type: 'text' },
            { text: 'Trần Thị Hà', type: 'text' },
            { text: '=SUM(A1)', type: 'text' }
          ]
        },
        {
          row: 2,
          hidden: true,
          cells: [
            { text: '0912345678', type: 'number', paddedFrom: 912345678 },
            { text: '22/09/2017', type: 'date', date: '2017-09-22' },
            { text: '22/09/2017', type: 'date', date: '2017-09-22' }
          ]
        },
        {
          row: 3,
          hidden: false,
          cells: [
            { text: 'TRUE', type: 'boolean' },
            { text: '#N/A', type: 'error' },
            { text: 'inline <x>', type: 'text' },
            { text: '1.1', type: 'number' }
          ]
        },
        {
          row: 4,
          hidden: false,
          cells: [
            { text: 'ab', type: 'text' },
            { text: '2', type: 'number' },
            { text: '', type: 'formula-without-value' },
            { text: '23/09/2017', type: 'date', date: '2017-09-23' },
            { text: '24/09/2017', type: 'date', date: '2017-09-24' }
          ]
        },
        { row: 6, hidden: false, cells: [{ text: 'Line two', type: 'text' }] },
        { row: 7, hidden: false, cells: [{ text: 'Nguyễn & Văn An!', type: 'text' }] },
        { row: 8, hidden: false, cells: [] }
      ],
      merges: [{ top: 7, bottom: 8, left: 0, right: 1 }]
    })
  })

  it('counts dates from 1904 when the workbook says so ("1" or "true")', async () => {
    for (const flag of ['1', 'true']) {
      const book = await readXlsx(workbook(flag))
      expect(book.date1904).toBe(true)
      expect(book.sheets[0]?.rows[1]?.cells[1]).toEqual({
        text: '23/09/2021',
        type: 'date',
        date: '2021-09-23'
      })
    }
  })

  it('refuses a sheet wider than the column limit and a missing shared string', async () => {
    const wide = sheet1.replace('<c r="A1" t="s">', '<c r="GT1"><v>1</v></c><c r="A1" t="s">')
    await expect(readXlsx(workbook('0', wide))).rejects.toMatchObject({
      details: { reason: 'TOO_MANY_COLUMNS' }
    })
    const missing = sheet1.replace('<v>3</v>', '<v>99</v>')
    const error = await readXlsx(workbook('0', missing)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).details).toMatchObject({ reason: 'CORRUPT' })
  })
})

describe('scanXml', () => {
  it('decodes entities, keeps CDATA literal and ignores > inside attribute values', () => {
    const events: string[] = []
    scanXml(
      '<?xml version="1.0"?><!-- c --><a x:k="1 &gt; 0" b=\'&quot;\'>t&#x1EA1;<![CDATA[<&amp;>]]><e/></a>',
      {
        open: (name, a, self) =>
          events.push(`open ${name} ${a.get('k')} ${a.get('b')} ${a.get('missing')} ${self}`),
        close: (name) => events.push(`close ${name}`),
        text: (xml, s, e) => events.push(`text ${decodeEntities(xml.slice(s, e))}`)
      }
    )
    expect(events).toEqual([
      'open a 1 > 0 " undefined false',
      'text tạ',
      'text <&amp;>',
      'open e undefined undefined undefined true',
      'close e',
      'close a'
    ])
  })

  it('leaves unknown entities as written', () => {
    expect(decodeEntities('&nbsp; &lt;&#65;&#x42;&apos;')).toBe("&nbsp; <AB'")
  })

  it('refuses a cut-short document', () => {
    expect(() => scanXml('<a b="1', { open() {}, close() {}, text() {} })).toThrow(AppError)
  })
})
