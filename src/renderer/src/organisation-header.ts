/** Administrative unit words that usually start the second header line. */
const unitWords = [
  'thành phố',
  'thị trấn',
  'thị xã',
  'đặc khu',
  'phường',
  'huyện',
  'quận',
  'tỉnh',
  'xã'
]

const upper = (s: string) => s.toLocaleUpperCase('vi').normalize('NFC')

/**
 * Default header lines from the authority name: upper case, split before the administrative
 * unit ("Ủy ban nhân dân phường Tiền Phong" → ["ỦY BAN NHÂN DÂN", "PHƯỜNG TIỀN PHONG"]).
 */
export function deriveHeaderLines(authorityName: string): string[] {
  const name = authorityName.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (!name) return []
  const lower = name.toLocaleLowerCase('vi')
  let cut = -1
  for (const word of unitWords) {
    const re = new RegExp(`(^|\\s)${word}(?=\\s|$)`, 'u')
    const m = re.exec(lower)
    if (m && m.index > 0) {
      const at = m.index + m[1]!.length
      if (cut === -1 || at < cut) cut = at
    }
  }
  if (cut <= 0) return [upper(name)]
  return [upper(name.slice(0, cut).trim()), upper(name.slice(cut).trim())]
}
