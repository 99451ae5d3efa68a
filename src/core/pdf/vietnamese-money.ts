/** Money as Vietnamese documents write it: "1.410.000" and "Một triệu bốn trăm mười nghìn đồng". */

/** Thousands separated by dots: 33210000 → "33.210.000". */
export function formatVnd(amount: number): string {
  if (!Number.isInteger(amount)) throw new Error('expected whole đồng')
  const sign = amount < 0 ? '-' : ''
  return sign + String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

const digits = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
const scales = ['', 'nghìn', 'triệu', 'tỷ']

/** 0–999; `full` reads leading zeros ("không trăm linh năm") for a group after a higher one. */
function readGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor((n % 100) / 10)
  const units = n % 10
  const words: string[] = []
  if (hundreds > 0 || full) words.push(digits[hundreds] ?? '', 'trăm')
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh')
  } else if (tens === 1) {
    words.push('mười')
  } else {
    words.push(digits[tens] ?? '', 'mươi')
  }
  if (units > 0) {
    if (units === 1 && tens >= 2) words.push('mốt')
    else if (units === 5 && tens >= 1) words.push('lăm')
    else words.push(digits[units] ?? '')
  }
  return words
}

/** Whole numbers in words: 25620000 → "hai mươi lăm triệu sáu trăm hai mươi nghìn". */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error('expected a whole number ≥ 0')
  if (n === 0) return 'không'
  if (n >= 1e12) {
    const high = Math.floor(n / 1e9)
    const rest = n % 1e9
    return [numberInWords(high), 'tỷ', rest > 0 ? numberInWords(rest) : ''].join(' ').trim()
  }
  const groups: number[] = []
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000)
  const words: string[] = []
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i] ?? 0
    if (g === 0) continue
    words.push(...readGroup(g, i < groups.length - 1), scales[i] ?? '')
  }
  return words.filter((w) => w !== '').join(' ')
}

/** "Ba mươi ba triệu hai trăm mười nghìn đồng" (capitalised, as written after "Bằng chữ:"). */
export function vndInWords(amount: number): string {
  const words = `${numberInWords(amount)} đồng`
  return (words.charAt(0).toLocaleUpperCase('vi') + words.slice(1)).normalize('NFC')
}
