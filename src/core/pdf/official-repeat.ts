import type { OfficialPage } from './official-page'

interface Captured {
  form: PDFKit.PDFKitReference
  name: string
  /** Where the block started and ended when it was drawn, pt from the top. */
  fromY: number
  toY: number
}

/**
 * Blocks that repeat identically on many pages (the header, title and closing of a merged
 * letter), drawn once as a PDF form and placed again wherever the same key comes back: a
 * thousand letters then cost one layout of their common text instead of a thousand.
 *
 * The block's marks are caught by pointing the current page's content stream at a form object
 * while `draw` runs — pdfkit has no form API, so this relies on `PDFPage.content` being the
 * stream every drawing call writes to (pdfkit 0.20). A block that started a new page while it was
 * drawn is placed on its first page as drawn and never reused; a repeat that would run past the
 * bottom margin is drawn afresh, so page breaks stay where the document would put them.
 */
export function createRepeater(page: OfficialPage): (key: string, draw: () => void) => void {
  const { doc } = page
  const captured = new Map<string, Captured>()
  let forms = 0

  const place = (c: Captured, dy: number) => {
    doc.page.xobjects[c.name] = c.form
    doc.addContent(`q 1 0 0 1 0 ${dy.toFixed(3)} cm /${c.name} Do Q`)
    doc.x = page.left
    doc.y = c.toY + dy
  }

  return (key, draw) => {
    const known = captured.get(key)
    if (known) {
      const dy = doc.y - known.fromY
      if (known.toY + dy <= page.bottomY()) return place(known, dy)
      draw()
      return
    }
    const first = doc.page
    const fromY = doc.y
    const content = first.content
    const form = doc.ref({
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, first.width, first.height],
      // pdfkit's page resources (not in its type declarations): the fonts the block uses
      Resources: (first as PDFKit.PDFPage & { resources: PDFKit.PDFKitReference }).resources
    })
    first.content = form
    try {
      draw()
    } finally {
      first.content = content
    }
    form.end(undefined)
    const c = { form, name: `Rep${++forms}`, fromY, toY: doc.y }
    if (doc.page === first) {
      captured.set(key, c)
      place(c, 0)
    } else {
      // drawn across a page break: its first page still shows what was drawn there
      first.xobjects[c.name] = form
      first.write(`/${c.name} Do`)
    }
  }
}
