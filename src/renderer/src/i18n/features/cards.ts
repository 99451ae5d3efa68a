export const cardsVi = {
  title: 'Thẻ, biển tên và giấy mời',
  tabs: {
    categories: 'Loại đại biểu và màu',
    cards: 'Thẻ đại biểu',
    nameTents: 'Biển tên',
    invitations: 'Giấy mời',
    labels: 'Nhãn phong bì'
  },
  categories: {
    intro:
      'Mỗi loại đại biểu in thẻ với một dải màu. Chọn màu đủ khác nhau khi in đen trắng: ô xám bên cạnh cho thấy màu in ra trên máy in đen trắng.',
    name: 'Loại đại biểu',
    color: 'Màu thẻ',
    grey: 'In đen trắng',
    count: 'Số đại biểu',
    noColor: 'Chưa chọn màu',
    uncategorised: 'Chưa có loại',
    uncategorisedHint: 'Thẻ in không có dải màu; chọn loại cho các đại biểu này ở thẻ Đại biểu.',
    saved: 'Đã lưu màu của {name}.',
    clash: '{a} và {b} in đen trắng gần như cùng màu xám.',
    none: 'Sự kiện chưa có loại đại biểu.'
  },
  print: {
    template: 'Mẫu thẻ',
    design: 'Thiết kế mẫu',
    designHint: 'Chọn một mẫu thẻ trước.',
    templateGone:
      'Mẫu “{gone}” không còn nữa (đã bị xóa), nên đã chọn mẫu “{now}” thay vào. Xem lại mẫu trước khi in.',
    profile: 'Máy in',
    noProfile: 'Không hiệu chỉnh',
    sheet: 'Khổ giấy in',
    orientation: 'Chiều giấy',
    orientations: { auto: 'Tự chọn', portrait: 'Dọc', landscape: 'Ngang' },
    order: 'Thứ tự in',
    orders: { number: 'Theo số đại biểu', unit: 'Theo đơn vị', name: 'Theo tên', seat: 'Theo ghế' },
    check: 'Kiểm tra',
    checked: '{count} thẻ, {perSheet} thẻ một tờ, {sheets} tờ.',
    print: 'In thẻ cho {count} đại biểu',
    printing: 'Đang in…',
    progress: 'Đã làm {done}/{total}',
    cancel: 'Dừng',
    cancelled: 'Đã dừng; không có tệp nào được tạo.',
    ready: 'Đã tạo {fileName}.',
    open: 'Mở',
    save: 'Lưu tệp',
    overflow: 'Có chữ không vừa khung ngay cả ở cỡ nhỏ nhất:',
    everyCard: 'mọi thẻ ({count})',
    moreCards: '{names} và {count} thẻ khác',
    printAnyway: 'Vẫn in',
    noDelegates: 'Sự kiện chưa có đại biểu.',
    actualSize: 'Khi in, chọn "Kích thước thật / 100 %"; cắt theo dấu cắt ở góc thẻ.'
  },
  invitees: {
    label: 'Gửi cho',
    everyone: 'Tất cả đại biểu ({count})',
    category: '{name} ({count})'
  },
  photos: {
    label: 'Ảnh đại biểu',
    chooseFolder: 'Chọn thư mục ảnh…',
    chooseFiles: 'Chọn tệp ảnh…',
    reading: 'Đang đọc ảnh {done}/{total}…',
    chosen: 'Đã chọn {count} ảnh; mỗi ảnh đặt tên theo số đại biểu (42.jpg) hoặc họ tên.',
    none: 'Chưa chọn ảnh: khung ảnh để trống để dán ảnh.',
    clear: 'Bỏ chọn',
    noImages: 'Không có tệp PNG hoặc JPEG nào trong lựa chọn.',
    missing:
      'Không có ảnh cho {count} đại biểu: {names}. Đặt tên ảnh theo số đại biểu (42.jpg) hoặc họ tên.',
    notImages: 'Không phải ảnh PNG hoặc JPEG: {files}.',
    fileTooLarge:
      'Ảnh “{file}” nặng {size}, quá giới hạn {limit} cho một lần in. Thu nhỏ ảnh (ví dụ 600 × 800 điểm ảnh là đủ cho thẻ) rồi chọn lại.',
    allTooLarge:
      '{count} ảnh đã chọn nặng tổng cộng {size}, quá giới hạn {limit} cho một lần in. Thu nhỏ ảnh (600 × 800 điểm ảnh là đủ cho thẻ) hoặc in theo từng nhóm.'
  },
  reprint: {
    title: 'In lại thẻ đã chọn',
    hint: 'Thẻ in lại có mã điểm danh mới; thẻ cũ không còn dùng được.',
    chosen: 'In lại {count} thẻ đã chọn',
    chooseHint: 'Đánh dấu các thẻ cần in lại trong bảng bên dưới.',
    reasonTitle: 'In lại thẻ',
    reasonPrompt: 'Lý do thu hồi {count} thẻ cũ (mất thẻ, sai tên…)',
    reasonRequired: 'Hãy ghi lý do.',
    done: 'Đã thu hồi {count} thẻ cũ và in thẻ mới.',
    search: 'Tìm đại biểu',
    selectAll: 'Chọn tất cả',
    number: 'Số',
    name: 'Họ và tên',
    unit: 'Đơn vị',
    seat: 'Ghế',
    category: 'Loại'
  },
  tents: {
    intro: 'Mỗi thành viên Đoàn Chủ tịch và Thư ký một tờ A4 gấp dọc: tên in trên cả hai mặt.',
    members: 'Người có biển tên',
    none: 'Chưa ai được đánh dấu Đoàn Chủ tịch hoặc Thư ký (ở trang Đại biểu, cột Vai trò).',
    print: 'In {count} biển tên',
    template: 'Mẫu biển tên',
    designHint: 'Chọn một mẫu biển tên trước.'
  },
  invitations: {
    intro: 'Nội dung giấy mời được lưu ngay khi gõ và dùng cho mọi lần in.',
    number: 'Số',
    symbol: 'Ký hiệu',
    date: 'Ngày ký',
    time: 'Thời gian',
    timePlaceholder: '07 giờ 30 phút, ngày 12 tháng 9 năm 2025',
    place: 'Địa điểm',
    placePlaceholder: 'Để trống: địa điểm của sự kiện',
    dress: 'Trang phục',
    contact: 'Liên hệ',
    signer: 'Người ký',
    noSigner: 'Chưa có người ký (thêm ở trang Cơ quan)',
    output: 'Tệp in',
    outputs: { single: 'Một tệp PDF theo thứ tự in', zip: 'Tệp zip, mỗi người một PDF' },
    print: 'In giấy mời cho {count} người',
    saved: 'Đã lưu',
    saving: 'Đang lưu…'
  },
  labels: {
    intro:
      'Nhãn dán phong bì (Kính gửi, danh xưng và tên, chức vụ, đơn vị) trên tờ nhãn A4. Chọn loại tờ nhãn, hoặc đo tờ nhãn của mình.',
    sheet: 'Loại tờ nhãn',
    custom: 'Tự nhập kích thước…',
    columns: 'Số cột',
    rows: 'Số hàng',
    width: 'Rộng nhãn (mm)',
    height: 'Cao nhãn (mm)',
    left: 'Lề trái (mm)',
    top: 'Lề trên (mm)',
    pitchX: 'Bước ngang (mm)',
    pitchY: 'Bước dọc (mm)',
    skip: 'Bỏ qua nhãn đã dùng ở tờ đầu',
    print: 'In {count} nhãn'
  },
  placeholders: {
    honorific: 'Ông/Bà',
    name: 'Họ và tên',
    nameLine: 'Ông/Bà và họ tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    category: 'Loại đại biểu',
    delegateNumber: 'Số đại biểu',
    seat: 'Ghế',
    seatLine: 'Ghế: …',
    checkInCode: 'Mã điểm danh (QR)',
    eventTitle: 'Tên sự kiện',
    eventDate: 'Ngày sự kiện',
    eventPlace: 'Địa điểm',
    organisation: 'Cơ quan tổ chức',
    year: 'Năm'
  }
}

export const cardsEn: typeof cardsVi = {
  title: 'Cards, name tents and invitations',
  tabs: {
    categories: 'Categories and colours',
    cards: 'Delegate cards',
    nameTents: 'Name tents',
    invitations: 'Invitations',
    labels: 'Envelope labels'
  },
  categories: {
    intro:
      'Each delegate category prints its cards with a colour band. Choose colours that stay apart in black and white: the grey box beside each shows what a black-and-white printer makes of it.',
    name: 'Category',
    color: 'Card colour',
    grey: 'Black and white',
    count: 'Delegates',
    noColor: 'No colour yet',
    uncategorised: 'No category',
    uncategorisedHint:
      'Their cards print without a colour band; give them a category in Delegates.',
    saved: 'Colour of {name} saved.',
    clash: '{a} and {b} print as nearly the same grey in black and white.',
    none: 'The event has no delegate categories.'
  },
  print: {
    template: 'Card template',
    design: 'Design the template',
    designHint: 'Choose a card template first.',
    templateGone:
      'The template “{gone}” no longer exists (it was deleted), so “{now}” is chosen instead. Check the template before printing.',
    profile: 'Printer',
    noProfile: 'No calibration',
    sheet: 'Sheet',
    orientation: 'Orientation',
    orientations: { auto: 'Automatic', portrait: 'Portrait', landscape: 'Landscape' },
    order: 'Print order',
    orders: { number: 'By delegate number', unit: 'By unit', name: 'By name', seat: 'By seat' },
    check: 'Check',
    checked: '{count} cards, {perSheet} per sheet, {sheets} sheets.',
    print: 'Print cards for {count} delegates',
    printing: 'Printing…',
    progress: '{done} of {total} done',
    cancel: 'Stop',
    cancelled: 'Stopped; no file was made.',
    ready: '{fileName} is ready.',
    open: 'Open',
    save: 'Save file',
    overflow: 'Some text does not fit its box even at the minimum size:',
    everyCard: 'every card ({count})',
    moreCards: '{names} and {count} more cards',
    printAnyway: 'Print anyway',
    noDelegates: 'The event has no delegates yet.',
    actualSize: 'Print at "Actual size / 100 %"; cut along the crop marks at the card corners.'
  },
  invitees: {
    label: 'Send to',
    everyone: 'Every delegate ({count})',
    category: '{name} ({count})'
  },
  photos: {
    label: 'Delegate photos',
    chooseFolder: 'Choose photo folder…',
    chooseFiles: 'Choose photo files…',
    reading: 'Reading photos {done}/{total}…',
    chosen:
      '{count} photos chosen; each named after the delegate number (42.jpg) or the full name.',
    none: 'No photos chosen: the photo frame prints empty, for a glued photo.',
    clear: 'Clear',
    noImages: 'The choice holds no PNG or JPEG file.',
    missing:
      'No photo for {count} delegate(s): {names}. Name each photo after the delegate number (42.jpg) or the full name.',
    notImages: 'Not a PNG or JPEG image: {files}.',
    fileTooLarge:
      'The photo “{file}” is {size}, over the {limit} one print can take. Make it smaller (600 × 800 pixels is plenty for a card) and choose again.',
    allTooLarge:
      'The {count} photos chosen weigh {size} together, over the {limit} one print can take. Make them smaller (600 × 800 pixels is plenty for a card) or print in groups.'
  },
  reprint: {
    title: 'Reprint chosen cards',
    hint: 'A reprinted card carries a new check-in code; the old card stops working.',
    chosen: 'Reprint {count} chosen cards',
    chooseHint: 'Tick the cards to reprint in the table below.',
    reasonTitle: 'Reprint cards',
    reasonPrompt: 'Why are the {count} old cards taken back (lost, wrong name…)?',
    reasonRequired: 'Please give a reason.',
    done: '{count} old cards revoked and new ones printed.',
    search: 'Find a delegate',
    selectAll: 'Select all',
    number: 'No.',
    name: 'Full name',
    unit: 'Unit',
    seat: 'Seat',
    category: 'Category'
  },
  tents: {
    intro:
      'One A4 sheet folded lengthwise per member of the presidium and the secretariat: the name on both faces.',
    members: 'Who gets a name tent',
    none: 'Nobody is marked as presidium or secretariat yet (Delegates page, Roles column).',
    print: 'Print {count} name tents',
    template: 'Name tent template',
    designHint: 'Choose a name tent template first.'
  },
  invitations: {
    intro: 'What the invitation says is saved as you type and used for every print.',
    number: 'Number',
    symbol: 'Symbol',
    date: 'Date signed',
    time: 'Time',
    timePlaceholder: '07:30, 12 September 2025',
    place: 'Place',
    placePlaceholder: 'Empty: the event’s venue',
    dress: 'Dress',
    contact: 'Contact',
    signer: 'Signer',
    noSigner: 'No signer yet (add one on the Organisation page)',
    output: 'Output',
    outputs: { single: 'One PDF in print order', zip: 'A zip with one PDF each' },
    print: 'Print invitations for {count} people',
    saved: 'Saved',
    saving: 'Saving…'
  },
  labels: {
    intro:
      'Envelope labels (Kính gửi, honorific and name, position, unit) on an A4 label sheet. Choose the sheet, or measure your own.',
    sheet: 'Label sheet',
    custom: 'Custom size…',
    columns: 'Columns',
    rows: 'Rows',
    width: 'Label width (mm)',
    height: 'Label height (mm)',
    left: 'Left margin (mm)',
    top: 'Top margin (mm)',
    pitchX: 'Horizontal pitch (mm)',
    pitchY: 'Vertical pitch (mm)',
    skip: 'Labels already used on the first sheet',
    print: 'Print {count} labels'
  },
  placeholders: {
    honorific: 'Mr/Ms',
    name: 'Full name',
    nameLine: 'Mr/Ms and full name',
    position: 'Position',
    unit: 'Unit',
    category: 'Delegate category',
    delegateNumber: 'Delegate number',
    seat: 'Seat',
    seatLine: 'Seat: …',
    checkInCode: 'Check-in code (QR)',
    eventTitle: 'Event title',
    eventDate: 'Event date',
    eventPlace: 'Venue',
    organisation: 'Organiser',
    year: 'Year'
  }
}
