#!/usr/bin/env python3
"""Builds the import test corpus: writes flat ODS (.fods) and CSV sources, then has LibreOffice
(a real spreadsheet program) save them as XLSX/CSV. Run from the repository root:
    python3 test-fixtures/import/make-corpus.py
The outputs are committed, so CI needs no LibreOffice."""
import json, os, random, shutil, subprocess, sys, unicodedata, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = HERE
os.makedirs(SRC, exist_ok=True)
ROSTER = json.load(open(os.path.join(HERE, 'roster.json'), encoding='utf-8'))
HONOREES = json.load(open(os.path.join(HERE, 'honorees.json'), encoding='utf-8'))

# ---- legacy encodings (independent of the TypeScript tables: built from the same definitions)
TCVN3 = dict(zip('ĂÂÊÔƠƯĐăâêôơưđ', range(0xA1, 0xAF)))
for letters, codes in [('àảãáạ', [0xB5, 0xB6, 0xB7, 0xB8, 0xB9]), ('ằẳẵắặ', [0xBB, 0xBC, 0xBD, 0xBE, 0xC6]),
                       ('ầẩẫấậ', [0xC7, 0xC8, 0xC9, 0xCA, 0xCB]), ('èẻẽéẹ', [0xCC, 0xCE, 0xCF, 0xD0, 0xD1]),
                       ('ềểễếệ', [0xD2, 0xD3, 0xD4, 0xD5, 0xD6]), ('ìỉĩíị', [0xD7, 0xD8, 0xDC, 0xDD, 0xDE]),
                       ('òỏõóọ', [0xDF, 0xE1, 0xE2, 0xE3, 0xE4]), ('ồổỗốộ', [0xE5, 0xE6, 0xE7, 0xE8, 0xE9]),
                       ('ờởỡớợ', [0xEA, 0xEB, 0xEC, 0xED, 0xEE]), ('ùủũúụ', [0xEF, 0xF1, 0xF2, 0xF3, 0xF4]),
                       ('ừửữứự', [0xF5, 0xF6, 0xF7, 0xF8, 0xF9]), ('ỳỷỹýỵ', [0xFA, 0xFB, 0xFC, 0xFD, 0xFE])]:
    TCVN3.update(zip(letters, codes))

def tcvn3(s):
    return ''.join(chr(TCVN3[c]) if c in TCVN3 else (chr(TCVN3[c.lower()]) if c.lower() in TCVN3 else c)
                   for c in unicodedata.normalize('NFC', s))

VNI_TONE = {'\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï'}
VNI_CIRC = {'': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä'}
VNI_BREVE = {'': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë'}
VNI_I = {'\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò'}

def vni_letter(c):
    upper = c != c.lower()
    d = unicodedata.normalize('NFD', c.lower())
    base, marks = d[0], d[1:]
    tone = next((m for m in marks if m in VNI_TONE), '')
    shape = next((m for m in marks if m in '\u0302\u0306\u031b'), '')
    if base == 'đ': out = 'ñ'
    elif base == 'i' and tone: out = VNI_I[tone]
    elif base == 'y' and tone == '\u0323': out = 'î'
    elif shape == '\u0302': out = base + VNI_CIRC[tone]
    elif shape == '\u0306': out = base + VNI_BREVE[tone]
    elif shape == '\u031b': out = ('ô' if base == 'o' else 'ö') + (VNI_TONE[tone] if tone else '')
    elif tone: out = base + VNI_TONE[tone]
    else: out = c.lower()
    return out.upper() if upper else out

def vni(s):
    return ''.join(vni_letter(c) if ord(c) > 127 else c for c in unicodedata.normalize('NFC', s))

def cp1258(s):
    """Windows-1258 keeps the tone as a combining byte after the (possibly hatted) letter."""
    out = []
    for c in unicodedata.normalize('NFC', s):
        try:
            out.append(c.encode('cp1258')); continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', c)
        tone = [m for m in d if m in '\u0300\u0301\u0303\u0309\u0323']
        rest = unicodedata.normalize('NFC', ''.join(m for m in d if m not in tone))
        out.append(rest.encode('cp1258') + ''.join(tone).encode('cp1258'))
    return b''.join(out)

# ---- flat ODS writer
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"')
FONTS = ['Times New Roman', '.VnTime', '.VnTimeH', 'VNI-Times']

def cell(value=None, kind='string', font=None, span=1, rows=1, formula=None, fmt=None):
    return dict(value=value, kind=kind, font=font, span=span, rows=rows, formula=formula, fmt=fmt)

def style_name(c):
    parts = []
    if c['font']: parts.append('f' + str(FONTS.index(c['font'])))
    if c['fmt']: parts.append(c['fmt'])
    return 'ce_' + '_'.join(parts) if parts else None

def fods(sheets, null_date=None):
    styles = set()
    for s in sheets:
        for row in s['rows']:
            for c in row['cells']:
                if c and c != 'covered' and style_name(c): styles.add((style_name(c), c['font'], c['fmt']))
    st = ['<number:date-style style:name="Ndmy"><number:day number:style="long"/><number:text>/</number:text>'
          '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>',
          '<number:number-style style:name="Nzeros"><number:number number:decimal-places="0" number:min-integer-digits="10"/></number:number-style>',
          '<style:style style:name="ta_h" style:family="table"><style:table-properties table:display="false"/></style:style>']
    for name, font, fmt in sorted(styles, key=lambda x: x[0]):
        data = ' style:data-style-name="%s"' % {'date': 'Ndmy', 'zeros': 'Nzeros'}[fmt] if fmt else ''
        tp = '<style:text-properties style:font-name="%s"/>' % escape(font) if font else ''
        st.append('<style:style style:name="%s" style:family="table-cell"%s>%s</style:style>' % (name, data, tp))
    fonts = ''.join('<style:font-face style:name="%s" svg:font-family="&apos;%s&apos;"/>' % (escape(f), escape(f)) for f in FONTS)
    body = []
    for s in sheets:
        tstyle = ' table:style-name="ta_h"' if s.get('hidden') else ''
        body.append('<table:table table:name="%s"%s>' % (escape(s['name']), tstyle))
        body.append('<table:table-column table:number-columns-repeated="%d"/>' % s['width'])
        for row in s['rows']:
            attrs = ' table:visibility="collapse"' if row.get('hidden') else ''
            body.append('<table:table-row%s>' % attrs)
            for c in row['cells']:
                if c is None:
                    body.append('<table:table-cell/>'); continue
                if c == 'covered':
                    body.append('<table:covered-table-cell/>'); continue
                a = []
                sn = style_name(c)
                if sn: a.append('table:style-name="%s"' % sn)
                if c['span'] > 1: a.append('table:number-columns-spanned="%d"' % c['span'])
                if c['rows'] > 1: a.append('table:number-rows-spanned="%d"' % c['rows'])
                if c['formula']: a.append('table:formula="%s"' % escape(c['formula'], {'"': '&quot;'}))
                v = c['value']
                if c['kind'] == 'string':
                    a.append('office:value-type="string"')
                    if c['formula']: a.append('office:string-value="%s"' % escape(v, {'"': '&quot;'}))
                    inner = '<text:p>%s</text:p>' % escape(v)
                elif c['kind'] == 'float':
                    a.append('office:value-type="float" office:value="%s"' % v)
                    inner = '<text:p>%s</text:p>' % v
                elif c['kind'] == 'date':
                    a.append('office:value-type="date" office:date-value="%s"' % v)
                    y, m, d = v.split('-')
                    inner = '<text:p>%s/%s/%s</text:p>' % (d, m, y)
                body.append('<table:table-cell %s>%s</table:table-cell>' % (' '.join(a), inner))
            body.append('</table:table-row>')
        body.append('</table:table>')
    calc = '<table:calculation-settings><table:null-date table:date-value="%s"/></table:calculation-settings>' % null_date if null_date else ''
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            '<office:font-face-decls>%s</office:font-face-decls><office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:spreadsheet>%s%s</office:spreadsheet></office:body></office:document>'
            % (NS, fonts, ''.join(st), calc, ''.join(body)))

def row(*cells, hidden=False):
    return dict(cells=list(cells), hidden=hidden)

def spanned(c, n):
    return [c] + ['covered'] * (n - 1)

WIDTH = 13
TITLE_ROWS = lambda enc, font, fonth: [
    row(*spanned(cell(enc('ỦY BAN NHÂN DÂN PHƯỜNG TIỀN PHONG'), font=fonth, span=5), 5), None, None, None,
        *spanned(cell(enc('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), font=fonth, span=5), 5)),
    row(None, None, None, None, None, None, None, None, *spanned(cell(enc('Độc lập - Tự do - Hạnh phúc'), font=font, span=5), 5)),
    row(),
    row(*spanned(cell(enc('DANH SÁCH TRÍCH NGANG ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC'), font=fonth, span=WIDTH), WIDTH)),
    row(*spanned(cell(enc('(Kèm theo Tờ trình số 12/TTr-UBND ngày 20/8/2025)'), font=font, span=WIDTH), WIDTH)),
    row(),
]

def header_rows(enc, font):
    h = lambda t, **k: cell(enc(t), font=font, **k)
    top = [h('STT', rows=2), h('Họ và tên', rows=2), *spanned(h('Năm sinh', span=2), 2), h('Dân tộc', rows=2),
           h('Tôn giáo', rows=2), h('Chức vụ, nghề nghiệp', rows=2), h('Đơn vị / nơi cư trú', rows=2),
           h('Trình độ chuyên môn', rows=2), h('Lý luận chính trị', rows=2), h('Ngày vào Đảng', rows=2),
           h('Số điện thoại', rows=2), h('Ghi chú', rows=2)]
    sub = ['covered', 'covered', h('Nam'), h('Nữ'), *['covered'] * 9]
    numbering = [cell('(%d)' % (i + 1)) for i in range(WIDTH)]
    return [row(*top), row(*sub), row(*numbering)]

def delegate_row(i, d, enc, font, phone_as_number=False, formula_unit=False, unit_covered=False, hidden=False):
    t = lambda v: cell(enc(v), font=font) if v else None
    year = cell(str(d['birthYear']), kind='float')
    cells = [cell(str(i), kind='float'), t(d['fullName']),
             year if d['gender'] == 'male' else None, year if d['gender'] == 'female' else None,
             t(d['ethnicity']), t(d['religion']), t(d['position'])]
    if unit_covered: cells.append('covered')
    elif formula_unit:
        cells.append(cell(enc(d['unit']), font=font, formula='of:=' + '"' + enc(d['unit']).replace('"', '""') + '"'))
    else: cells.append(t(d['unit']))
    cells += [t(d['professionalLevel']), t(d['politicalTheoryLevel']),
              cell(d['partyJoinDate'], kind='date', fmt='date') if d['partyJoinDate'] else None]
    if phone_as_number: cells.append(cell(d['phone'].lstrip('0'), kind='float'))
    else: cells.append(cell(d['phone']) if d['phone'] else None)
    cells.append(t(d['notes']))
    return row(*cells, hidden=hidden)

def office_roster(enc=lambda s: s, font=None, fonth=None, extras=True):
    rows = TITLE_ROWS(enc, font, fonth) + header_rows(enc, font)
    people = ROSTER['delegates']
    for i, d in enumerate(people, 1):
        kw = {}
        if extras:
            kw['hidden'] = d.get('hidden', False)
            kw['formula_unit'] = i == 2
            kw['phone_as_number'] = i == 3
        rows.append(delegate_row(i, d, enc, font, **kw))
    if extras:
        # Rows 5 and 6 share their unit: written once, merged vertically.
        r5, r6 = rows[-len(people) + 4], rows[-len(people) + 5]
        r5['cells'][7] = cell(enc(people[4]['unit']), font=font, rows=2)
        r6['cells'][7] = 'covered'
    rows.append(row(*spanned(cell(enc('Tổng cộng: %d đại biểu' % len(people)), font=font, span=2), 2),
                    cell('=COUNT(C:C)', formula='of:=COUNT([.C10:.C30])', kind='float') if False else None))
    rows.append(row())
    rows.append(row(*[None] * 8, *spanned(cell(enc('Tiền Phong, ngày 25 tháng 8 năm 2025'), font=font, span=5), 5)))
    rows.append(row(*[None] * 8, *spanned(cell(enc('NGƯỜI LẬP BIỂU'), font=fonth, span=5), 5)))
    return [dict(name='Danh sách', width=WIDTH, rows=rows)]

def write(name, text):
    path = os.path.join(SRC, name)
    with open(path, 'w', encoding='utf-8') as f: f.write(text)
    return path

def soffice(path, target, filt=None):
    fmt = target + (':' + filt if filt else '')
    subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', fmt, '--outdir', OUT, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def main():
    made = []
    # 1. The office layout, Unicode, with every quirk.
    sheets = office_roster()
    sheets.append(dict(name='Ẩn', width=2, hidden=True, rows=[row(cell('bí mật'), cell('1', kind='float'))]))
    made.append(write('office-roster.fods', fods(sheets)))
    # 2./3. Legacy font encodings.
    made.append(write('tcvn3-roster.fods', fods(office_roster(tcvn3, '.VnTime', '.VnTimeH', extras=False))))
    made.append(write('vni-roster.fods', fods(office_roster(vni, 'VNI-Times', 'VNI-Times', extras=False))))
    # 4. Date systems: the same birth dates as date cells, 1900 and 1904.
    def dates_sheet():
        rows = [row(cell('Họ và tên'), cell('Giới tính'), cell('Ngày sinh'), cell('Ngày vào Đảng'), cell('Số điện thoại'))]
        for d in ROSTER['delegates']:
            rows.append(row(cell(d['fullName']), cell('Nam' if d['gender'] == 'male' else 'Nữ'),
                            cell(d['birthDate'], kind='date', fmt='date'),
                            cell(d['partyJoinDate'], kind='date', fmt='date') if d['partyJoinDate'] else None,
                            cell(d['phone'].lstrip('0'), kind='float', fmt='zeros')))
        return [dict(name='Ngày sinh', width=5, rows=rows)]
    made.append(write('dates-1900.fods', fods(dates_sheet())))
    made.append(write('dates-1904.fods', fods(dates_sheet(), null_date='1904-01-01')))
    # 5. Honorees with section rows.
    hrows = [row(*spanned(cell('DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG', span=4), 4)), row(),
             row(cell('STT'), cell('Tên tập thể / Họ và tên'), cell('Chức vụ, đơn vị / Địa chỉ'), cell('Ghi chú'))]
    headings = {'collective': 'I. TẬP THỂ', 'individual': 'II. CÁ NHÂN', 'household': 'III. HỘ GIA ĐÌNH'}
    for kind in ['collective', 'individual', 'household']:
        group = [h for h in HONOREES['honorees'] if h['kind'] == kind]
        hrows.append(row(*spanned(cell('%s (%02d)' % (headings[kind], len(group)), span=4), 4)))
        for i, h in enumerate(group, 1):
            prefix = {'collective': '', 'individual': 'Ông ' if h['gender'] == 'male' else 'Bà ',
                      'household': 'Hộ gia đình ông ' if h['gender'] == 'male' else 'Hộ gia đình bà '}[kind]
            hrows.append(row(cell(str(i), kind='float'), cell(prefix + h['name']), cell(h['positionLine']),
                             cell(h['notes']) if h['notes'] else None))
    made.append(write('honorees.fods', fods([dict(name='Khen thưởng', width=4, rows=hrows)])))
    for path in made:
        soffice(path, 'xlsx')

    # 6. CSV in every encoding, written by LibreOffice from one flat sheet, plus Windows-1258.
    flat = [row(*[cell(h) for h in ['Họ và tên', 'Giới tính', 'Năm sinh', 'Dân tộc', 'Chức vụ', 'Đơn vị', 'Đảng viên', 'Số điện thoại']])]
    for d in ROSTER['delegates']:
        flat.append(row(*[cell(v) for v in [d['fullName'], 'Nam' if d['gender'] == 'male' else 'Nữ', str(d['birthYear']),
                                            d['ethnicity'], d['position'], d['unit'], 'x' if d['partyJoinDate'] else '', d['phone']]]))
    flat_path = write('flat-roster.fods', fods([dict(name='CSV', width=8, rows=flat)]))
    for out, charset in [('roster-utf8.csv', '76'), ('roster-utf16.csv', '65535')]:
        soffice(flat_path, 'csv', 'Text - txt - csv (StarCalc):44,34,%s,1,,0,false,true' % charset)
        shutil.move(os.path.join(OUT, 'flat-roster.csv'), os.path.join(OUT, out))
    utf8 = open(os.path.join(OUT, 'roster-utf8.csv'), 'rb').read()
    text = utf8.decode('utf-8')
    open(os.path.join(OUT, 'roster-utf8-bom.csv'), 'wb').write(b'\xef\xbb\xbf' + utf8)
    open(os.path.join(OUT, 'roster-windows-1258.csv'), 'wb').write(cp1258(text))
    open(os.path.join(OUT, 'roster-utf16be.csv'), 'wb').write(b'\xfe\xff' + text.encode('utf-16-be'))
    open(os.path.join(OUT, 'roster-nfd.csv'), 'wb').write(unicodedata.normalize('NFD', text).encode('utf-8'))
    open(os.path.join(OUT, 'roster-semicolon.csv'), 'wb').write(text.replace(',', ';').encode('utf-8'))

    # 7. Hostile files.
    rnd = random.Random(42)
    open(os.path.join(OUT, 'hostile-random.xlsx'), 'wb').write(bytes(rnd.getrandbits(8) for _ in range(20000)))
    open(os.path.join(OUT, 'hostile-random.csv'), 'wb').write(bytes(rnd.getrandbits(8) for _ in range(20000)))
    good = open(os.path.join(OUT, 'office-roster.xlsx'), 'rb').read()
    open(os.path.join(OUT, 'hostile-truncated.xlsx'), 'wb').write(good[: len(good) // 2])
    with zipfile.ZipFile(os.path.join(OUT, 'hostile-zip-bomb.xlsx'), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', '<Types/>')
        z.writestr('xl/workbook.xml', '<workbook/>')
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as f:
            chunk = b' ' * (1 << 20)
            for _ in range(1024): f.write(chunk)
    # A million rows that zip to a few hundred kilobytes.
    with zipfile.ZipFile(os.path.join(OUT, 'hostile-million-rows.xlsx'), 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', '<Types/>')
        z.writestr('xl/workbook.xml', '<workbook/>')
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData>' +
                   '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' * 1_000_000 + '</sheetData></worksheet>')
    open(os.path.join(OUT, 'hostile-pdf.csv'), 'wb').write(b'%PDF-1.4\n' + bytes(rnd.getrandbits(8) for _ in range(2000)))
    print('corpus written to', OUT)

if __name__ == '__main__':
    main()
