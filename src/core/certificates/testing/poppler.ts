import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const withFile = <T>(pdf: Uint8Array, f: (path: string, dir: string) => T): T => {
  const dir = mkdtempSync(join(tmpdir(), 'dais-pdf-'))
  try {
    const path = join(dir, 'in.pdf')
    writeFileSync(path, pdf)
    return f(path, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const pdfText = (pdf: Uint8Array, args: string[] = []): string =>
  withFile(pdf, (p) =>
    execFileSync('pdftotext', [...args, '-enc', 'UTF-8', p, '-'], { encoding: 'utf8' })
  )

export const pdfFonts = (pdf: Uint8Array): string =>
  withFile(pdf, (p) => execFileSync('pdffonts', [p], { encoding: 'utf8' }))

export const pdfPages = (pdf: Uint8Array): number =>
  withFile(pdf, (p) => {
    const m = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [p], { encoding: 'utf8' }))
    return Number(m?.[1] ?? 0)
  })

/** A page as an 8-bit grey raster. */
export interface Gray {
  width: number
  height: number
  data: Uint8Array
}

export function parsePgm(buf: Buffer): Gray {
  let pos = 0
  const token = () => {
    while (/\s/.test(String.fromCharCode(buf[pos]!))) pos++
    if (buf[pos] === 0x23) {
      while (buf[pos] !== 0x0a) pos++
      return token()
    }
    const start = pos
    while (!/\s/.test(String.fromCharCode(buf[pos]!))) pos++
    return buf.subarray(start, pos).toString('latin1')
  }
  if (token() !== 'P5') throw new Error('not a binary PGM')
  const width = Number(token())
  const height = Number(token())
  token()
  pos++
  return { width, height, data: new Uint8Array(buf.subarray(pos, pos + width * height)) }
}

/** pdftoppm -gray at `dpi`: page 1 as a grey raster. */
export const rasterize = (pdf: Uint8Array, dpi: number, page = 1): Gray =>
  withFile(pdf, (p, dir) => {
    const out = join(dir, 'page')
    execFileSync('pdftoppm', [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      p,
      out
    ])
    return parsePgm(readFileSync(`${out}.pgm`))
  })

export const pdfToPng = (pdf: Uint8Array, dpi: number, target: string): void =>
  withFile(pdf, (p) => {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-singlefile',
      p,
      target.replace(/\.png$/, '')
    ])
  })
