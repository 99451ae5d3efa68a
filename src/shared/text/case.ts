/** Upper-case Vietnamese text (`toLocaleUpperCase('vi')`), then compose to NFC. */
export function toUpperVietnamese(s: string): string {
  return s.toLocaleUpperCase('vi').normalize('NFC')
}
