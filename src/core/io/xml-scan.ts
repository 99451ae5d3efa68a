import { refuse } from './limits'

/** Receives the events of {@link scanXml}; names are local (any `x:` prefix dropped). */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void
  close(name: string): void
  /** Raw character data between `start` and `end` of the source; decode with {@link xmlText}. */
  text(xml: string, start: number, end: number): void
}

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'"
}

/** Decodes the five named entities and numeric character references; others stay as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.charCodeAt(0) !== 0x23) return namedEntities[body] ?? whole
    const code =
      body.charCodeAt(1) === 0x78 ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

export function xmlText(xml: string, start: number, end: number): string {
  return decodeEntities(xml.slice(start, end))
}

const localName = (name: string) => {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/**
 * The attributes of the tag being reported, read on demand from the source (no object per tag);
 * valid only during the `open` call. Names are local: `get('id')` finds `r:id`.
 */
export class XmlAttributes {
  private xml = ''
  private from = 0
  private to = 0

  set(xml: string, from: number, to: number): this {
    this.xml = xml
    this.from = from
    this.to = to
    return this
  }

  get(name: string): string | undefined {
    const { xml, to } = this
    let at = this.from
    while (at < to) {
      while (at < to && isSpace(xml.charCodeAt(at))) at++
      if (at >= to) break
      const eq = xml.indexOf('=', at)
      if (eq === -1 || eq >= to) throw refuse('CORRUPT', 'broken XML attribute')
      let nameEnd = eq
      while (nameEnd > at && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--
      let nameStart = nameEnd
      while (nameStart > at && xml.charCodeAt(nameStart - 1) !== 0x3a /* : */) nameStart--
      let quoteAt = eq + 1
      while (quoteAt < to && isSpace(xml.charCodeAt(quoteAt))) quoteAt++
      const quote = xml[quoteAt]
      if (quote !== '"' && quote !== "'") throw refuse('CORRUPT', 'broken XML attribute')
      const close = xml.indexOf(quote, quoteAt + 1)
      if (close === -1 || close >= to) throw refuse('CORRUPT', 'broken XML attribute')
      if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return decodeEntities(xml.slice(quoteAt + 1, close))
      }
      at = close + 1
    }
    return undefined
  }
}

/** End of a tag that starts at `from`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = 0
  for (let at = from; at < xml.length; at++) {
    const c = xml.charCodeAt(at)
    if (quote !== 0) {
      if (c === quote) quote = 0
    } else if (c === 0x3e) return at
    else if (c === 0x22 || c === 0x27) quote = c
  }
  throw refuse('CORRUPT', 'unterminated XML tag')
}

/**
 * A small streaming tokenizer for the well-formed XML parts of an XLSX file: elements,
 * attributes, text, CDATA; comments, processing instructions and declarations are skipped.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const length = xml.length
  const attributes = new XmlAttributes()
  let at = 0
  while (at < length) {
    const lt = xml.indexOf('<', at)
    const textEnd = lt === -1 ? length : lt
    if (textEnd > at) handler.text(xml, at, textEnd)
    if (lt === -1) break
    const next = xml.charCodeAt(lt + 1)
    if (next === 0x2f /* / */) {
      const gt = xml.indexOf('>', lt)
      if (gt === -1) throw refuse('CORRUPT', 'unterminated XML tag')
      handler.close(localName(xml.slice(lt + 2, gt).trim()))
      at = gt + 1
    } else if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt)
      if (end === -1) throw refuse('CORRUPT', 'unterminated XML declaration')
      at = end + 2
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt)
        if (end === -1) throw refuse('CORRUPT', 'unterminated XML comment')
        at = end + 3
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt)
        if (end === -1) throw refuse('CORRUPT', 'unterminated CDATA')
        // CDATA is literal: hand it over already free of any '&'-looking text.
        const data = xml.slice(lt + 9, end).replace(/&/g, '&amp;')
        if (data !== '') handler.text(data, 0, data.length)
        at = end + 3
      } else {
        const gt = xml.indexOf('>', lt)
        if (gt === -1) throw refuse('CORRUPT', 'unterminated XML declaration')
        at = gt + 1
      }
    } else {
      const gt = tagEnd(xml, lt + 1)
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f
      const inner = selfClosing ? gt - 1 : gt
      let nameEnd = lt + 1
      while (nameEnd < inner && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++
      const name = localName(xml.slice(lt + 1, nameEnd))
      handler.open(name, attributes.set(xml, nameEnd, inner), selfClosing)
      if (selfClosing) handler.close(name)
      at = gt + 1
    }
  }
}
