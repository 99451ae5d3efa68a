/** Upper-case Vietnamese text (`toLocaleUpperCase('vi')`), then compose to NFC. */
export function toUpperVietnamese(s: string): string {
  return s.toLocaleUpperCase('vi').normalize('NFC')
}

/** The first letter upper-cased ("ngày 05 tháng 9" → "Ngày 05 tháng 9"), the rest as it is. */
export function capitaliseFirst(s: string): string {
  return (s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)).normalize('NFC')
}
