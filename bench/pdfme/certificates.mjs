// pdfme baseline for bench/user-commands.ts: the full certificate (borders, national title, the
// honoree's lines, signer, a QR code) as a pdfme template, one page per honoree, from the same
// resolved texts Dais prints. Plain JavaScript, timed as a whole process like `dais`.
//
// usage: node bench/pdfme/certificates.mjs spec.json out.pdf
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generate } from '@pdfme/generator'
import { barcodes, line, rectangle, text } from '@pdfme/schemas'

const [specPath, outPath] = process.argv.slice(2)
const spec = JSON.parse(readFileSync(specPath, 'utf8'))
const fontFile = (name) => readFileSync(join(spec.fontsDir, `${name}.ttf`))
const font = {
  Tinos: { data: fontFile('Tinos-Regular'), fallback: true },
  TinosBold: { data: fontFile('Tinos-Bold') },
  TinosItalic: { data: fontFile('Tinos-Italic') },
  TinosBoldItalic: { data: fontFile('Tinos-BoldItalic') }
}
const fontName = (style) =>
  `Tinos${style.bold ? 'Bold' : ''}${style.italic ? 'Italic' : ''}` || 'Tinos'

const schemas = spec.fields.map((f) => {
  const position = { x: f.xMm, y: f.yMm }
  if (f.type === 'box')
    return {
      name: f.id,
      type: 'rectangle',
      position,
      width: f.widthMm,
      height: f.heightMm,
      borderWidth: (f.widthPt * 25.4) / 72,
      borderColor: f.color,
      color: '',
      readOnly: true
    }
  if (f.type === 'line')
    return {
      name: f.id,
      type: 'line',
      position,
      width: f.widthMm,
      height: 0.3,
      color: f.color ?? '#000000',
      readOnly: true
    }
  if (f.type === 'qr')
    return { name: f.id, type: 'qrcode', position, width: f.widthMm, height: f.heightMm }
  return {
    name: f.id,
    type: 'text',
    position,
    width: f.widthMm,
    height: f.heightMm,
    fontSize: f.style.sizePt,
    fontName: fontName(f.style),
    alignment: f.style.align,
    lineHeight: f.style.lineHeight,
    fontColor: f.style.color
  }
})

const started = performance.now()
const pdf = await generate({
  template: {
    basePdf: { width: spec.widthMm, height: spec.heightMm, padding: [0, 0, 0, 0] },
    schemas: [schemas]
  },
  inputs: spec.inputs,
  plugins: { text, rectangle, line, qrcode: barcodes.qrcode },
  options: { font }
})
writeFileSync(outPath, pdf)
process.stdout.write(
  `${JSON.stringify({ seconds: (performance.now() - started) / 1000, pages: spec.inputs.length })}\n`
)
