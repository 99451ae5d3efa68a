import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type Matrix = [number, number, number, number, number, number]

/** One text-showing operator: its page (1-based), font size and effective text matrix. */
export interface ShownText {
  page: number
  sizePt: number
  /** Text matrix × current transformation matrix, in PDF user space (origin bottom-left). */
  m: Matrix
}

const mul = (m1: Matrix, m2: Matrix): Matrix => [
  m1[0] * m2[0] + m1[1] * m2[2],
  m1[0] * m2[1] + m1[1] * m2[3],
  m1[2] * m2[0] + m1[3] * m2[2],
  m1[2] * m2[1] + m1[3] * m2[3],
  m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
  m1[4] * m2[1] + m1[5] * m2[3] + m2[5]
]
const identity: Matrix = [1, 0, 0, 1, 0, 0]

/**
 * Every text show of a PDF with the matrix it is drawn with: qpdf writes the file with its
 * streams decompressed, then the page contents and the form XObjects they draw are interpreted
 * (q Q cm BT Tf Tm Tj Do — what the Dais painter writes).
 */
export function textMatrices(pdf: Uint8Array): ShownText[] {
  const dir = mkdtempSync(join(tmpdir(), 'dais-qdf-'))
  let text: string
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf)
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', 'in.pdf', 'out.pdf'], { cwd: dir })
    text = readFileSync(join(dir, 'out.pdf'), 'latin1')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const objects = new Map<string, string>()
  for (const m of text.matchAll(/\n(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) objects.set(m[1]!, m[2]!)
  const streamOf = (id: string) => {
    const body = objects.get(id) ?? ''
    const m = /stream\n([\s\S]*?)\nendstream/.exec(body)
    return m ? m[1]! : ''
  }
  const forms = new Map<string, string>()
  for (const body of objects.values()) {
    const x = /\/XObject\s*<<([^>]*)>>/.exec(body)
    if (!x) continue
    for (const r of x[1]!.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      if (/\/Subtype\s*\/Form/.test(objects.get(r[2]!) ?? '')) forms.set(r[1]!, r[2]!)
    }
  }
  const pages = [...objects.values()]
    .filter((b) => /\/Type\s*\/Page\b/.test(b))
    .map((b) => /\/Contents\s+(\d+) 0 R/.exec(b)![1]!)
  const out: ShownText[] = []
  const run = (ops: string, page: number, start: Matrix) => {
    let ctm = start
    const stack: Matrix[] = []
    let size = 0
    let tm: Matrix = identity
    const nums: number[] = []
    const tokens =
      ops.match(/<[0-9A-Fa-f]*>|\/[^\s/<>[\]()]+|[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z*'"]+/g) ?? []
    let lastName = ''
    for (const t of tokens) {
      if (/^[-+]?(?:\d|\.)/.test(t)) nums.push(Number(t))
      else if (t.startsWith('/')) lastName = t.slice(1)
      else if (t.startsWith('<')) continue
      else {
        const args = nums.splice(0)
        if (t === 'q') stack.push(ctm)
        else if (t === 'Q') ctm = stack.pop() ?? identity
        else if (t === 'cm') ctm = mul(args as Matrix, ctm)
        else if (t === 'BT') tm = identity
        else if (t === 'Tf') size = args[0]!
        else if (t === 'Tm') tm = args as Matrix
        else if (t === 'Tj' || t === 'TJ') out.push({ page, sizePt: size, m: mul(tm, ctm) })
        else if (t === 'Do' && forms.has(lastName)) run(streamOf(forms.get(lastName)!), page, ctm)
      }
    }
  }
  pages.forEach((contents, i) => run(streamOf(contents), i + 1, identity))
  return out
}
