export const desksVi = {
  tab: 'Bàn trên máy khác',
  title: 'Bàn điểm danh trên máy khác',
  intro:
    'Các máy khác trong mạng của hội trường có thể điểm danh (chỉ tìm, điểm danh, ra về, thêm khách mời hoặc người đi thay, và hoàn tác). Mặc định tắt; khi bật, Dais chỉ nghe trên địa chỉ mạng đã chọn. Mỗi bàn ghép nối bằng một mã dùng một lần và có thể bị thu hồi bất cứ lúc nào. Khởi động lại Dais thì các bàn vẫn được ghép nối; bấm Tắt thì các bàn phải ghép nối lại.',
  off: 'Đang tắt.',
  address: 'Địa chỉ mạng của máy này',
  start: 'Bật điểm danh từ máy khác',
  addressHint: 'Chọn hoặc gõ địa chỉ mạng của máy này trước.',
  on: 'Đang bật: các bàn mở {url}',
  otherEvent: 'Đang bật cho một sự kiện khác. Tắt rồi bật lại cho sự kiện này.',
  stop: 'Tắt',
  deskName: 'Tên bàn',
  pair: 'Tạo mã ghép nối',
  qr: 'Mã QR của địa chỉ ghép nối {url}',
  codeFor: 'Mã ghép nối cho {name}:',
  codeHint:
    'Trên máy của bàn, mở {url} rồi gõ mã này (hoặc quét mã QR). Dùng được một lần, đến {until}.',
  paired: 'Các bàn đã ghép nối',
  pairedAt: 'Ghép nối lúc',
  lastSeen: 'Liên lạc gần nhất',
  none: 'Chưa có bàn nào.',
  revoke: 'Thu hồi {name}',
  revoked: 'Đã thu hồi',
  pairedNow: '{name} đã ghép nối.'
}

export const desksEn: typeof desksVi = {
  tab: 'Desks on other computers',
  title: 'Check-in desks on other computers',
  intro:
    'Other computers on the hall’s network can check delegates in (search, check in, check out, add a guest or a substitute, and undo only). Off by default; when on, Dais listens on the chosen network address only. Each desk pairs with a one-time code and can be revoked at any time. The desks stay paired when Dais restarts; after Turn off they pair again.',
  off: 'Off.',
  address: 'This computer’s network address',
  start: 'Turn on check-in from other computers',
  addressHint: 'Choose or type this computer’s network address first.',
  on: 'On: desks open {url}',
  otherEvent: 'On for another event. Turn it off and on again for this event.',
  stop: 'Turn off',
  deskName: 'Desk name',
  pair: 'Make a pairing code',
  qr: 'QR code of the pairing address {url}',
  codeFor: 'Pairing code for {name}:',
  codeHint:
    'On the desk’s computer open {url} and type this code (or scan the QR code). It works once, until {until}.',
  paired: 'Paired desks',
  pairedAt: 'Paired at',
  lastSeen: 'Last heard from',
  none: 'No desk yet.',
  revoke: 'Revoke {name}',
  revoked: 'Revoked',
  pairedNow: '{name} is paired.'
}
