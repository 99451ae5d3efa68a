export const checkInVi = {
  title: 'Điểm danh và số đại biểu có mặt',
  tabs: { desk: 'Bàn điểm danh', board: 'Tổng hợp', quorum: 'Quy định số có mặt' },
  desk: {
    deskName: 'Tên bàn',
    defaultDesk: 'Bàn chính',
    input: 'Quét mã trên thẻ hoặc gõ vài chữ của tên (không cần dấu)',
    inputLabel: 'Mã thẻ hoặc tên đại biểu',
    hint: 'Máy quét gõ mã và Enter. Gõ tên: ↑ ↓ để chọn, Enter để điểm danh.',
    noMatch: 'Không tìm thấy ai với "{query}".',
    checkedIn: 'Có mặt',
    already: 'Đã điểm danh lúc {time}',
    checkedOut: 'Đã ra về lúc {time}',
    undone: 'Đã hoàn tác',
    refused: 'Từ chối',
    reasons: {
      malformed: 'Không phải mã điểm danh.',
      forged: 'Mã giả: chữ ký không khớp.',
      revoked: 'Thẻ đã bị thu hồi: dùng thẻ in lại.',
      unknown: 'Không có đại biểu nào của sự kiện mang số này.',
      otherEvent: 'Thẻ của sự kiện khác: {title}.'
    },
    seat: 'Ghế {seat}',
    replaces: 'Dự thay {name}',
    guest: 'Khách mời',
    undo: 'Hoàn tác (Ctrl+Z)',
    checkOut: 'Ra về',
    addGuest: 'Thêm khách mời',
    addSubstitute: 'Người dự thay',
    figures: 'Có mặt {present}/{summoned} đại biểu, đạt {percent}%',
    quorumMet: 'Đủ số đại biểu để tiến hành ({name})',
    quorumNotMet: 'Chưa đủ: cần ít nhất {required} ({name})',
    offline: 'Mất kết nối với dữ liệu: chưa ghi nhận được. Thử lại.'
  },
  noDelegates: {
    message:
      'Sự kiện chưa có đại biểu nào được triệu tập (khách mời không tính), nên chưa có số đại biểu cần có mặt. Hãy thêm đại biểu ở mục “Đại biểu” của sự kiện.',
    open: 'Mở mục Đại biểu'
  },
  camera: {
    start: 'Quét bằng camera',
    stop: 'Tắt camera',
    starting: 'Đang mở camera…',
    choose: 'Camera',
    preview: 'Hình từ camera',
    aim: 'Đưa mã QR trên thẻ vào khung hình, cách camera một gang tay.',
    problems: {
      insecure:
        'Trang này không được dùng camera: trình duyệt chỉ cho mở camera trên trang https hoặc trên chính máy chạy Dais. Hãy dùng máy quét USB hoặc gõ tên.',
      unsupported:
        'Trình duyệt này không cho dùng camera để quét. Hãy dùng máy quét USB hoặc gõ tên.',
      noCamera: 'Không thấy camera nào. Cắm webcam rồi bấm lại "Quét bằng camera".',
      denied:
        'Camera bị chặn: hãy cho phép Dais dùng camera (biểu tượng camera trên thanh địa chỉ, hoặc cài đặt quyền riêng tư của máy), rồi bấm lại.',
      busy: 'Camera đang được một chương trình khác dùng. Đóng chương trình đó rồi bấm lại.',
      failed: 'Không mở được camera. Thử lại, hoặc dùng máy quét USB.'
    }
  },
  person: {
    guestTitle: 'Thêm khách mời và điểm danh',
    substituteTitle: 'Ghi nhận người dự thay',
    replaced: 'Dự thay cho',
    replacedPlaceholder: 'Chọn đại biểu vắng mặt',
    fullName: 'Họ và tên',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    gender: 'Giới tính',
    male: 'Nam',
    female: 'Nữ',
    save: 'Thêm và điểm danh',
    cancel: 'Hủy',
    nameRequired: 'Nhập họ và tên.',
    replacedRequired: 'Chọn người được thay.'
  },
  board: {
    summoned: 'Triệu tập',
    present: 'Có mặt',
    absent: 'Vắng mặt',
    excused: 'Vắng có lý do',
    unexcused: 'Vắng không lý do',
    substitutes: 'Dự thay',
    guests: 'Khách mời có mặt',
    byCategory: 'Theo thành phần',
    byUnit: 'Theo đơn vị',
    label: 'Nhóm',
    absentees: 'Đại biểu vắng mặt ({count})',
    reason: 'Lý do vắng',
    reasons: { none: 'Chưa rõ', excused: 'Có lý do', unexcused: 'Không lý do' },
    note: 'Ghi chú',
    recent: 'Vừa điểm danh',
    largeScreen: 'Mở màn hình lớn',
    report: 'Báo cáo thẩm tra tư cách đại biểu (PDF)',
    saveReport: 'Lưu báo cáo',
    chairName: 'Trưởng ban thẩm tra (ký tên)'
  },
  demo: {
    title: 'Sự kiện mẫu: chưa ai điểm danh',
    hint: 'Để xem bảng tổng hợp và số đại biểu đủ hay chưa, có thể điểm danh mẫu: khoảng ba phần tư số đại biểu (đủ cả những người có phần việc trong chương trình) và một nửa khách mời được ghi có mặt tại bàn “Điểm danh mẫu”, hai người vắng có ghi lý do. Chỉ có ở sự kiện mẫu; Hoàn tác (Ctrl+Z) trả lại như cũ.',
    run: 'Điểm danh mẫu',
    done: 'Đã điểm danh mẫu: có mặt {present}/{summoned} đại biểu.'
  },
  quorum: {
    intro:
      'Đại hội chỉ được tiến hành khi đủ số đại biểu có mặt. Quy định đầu tiên áp dụng chung; các quy định sau áp dụng cho những nội dung biểu quyết được chọn.',
    name: 'Tên quy định',
    fraction: 'Tỷ lệ',
    numerator: 'Tử số của tỷ lệ',
    denominator: 'Mẫu số của tỷ lệ',
    strict: 'Quá (lớn hơn hẳn)',
    atLeast: 'Ít nhất',
    subjects: 'Áp dụng cho biểu quyết',
    add: 'Thêm quy định',
    remove: 'Xóa',
    save: 'Lưu quy định',
    saved: 'Đã lưu quy định số đại biểu có mặt.',
    example: 'Với {summoned} đại biểu triệu tập: cần ít nhất {required}.'
  },
  screen: {
    title: 'Số đại biểu có mặt',
    present: 'có mặt',
    of: 'trên tổng số {summoned} đại biểu được triệu tập',
    quorum: 'Đủ điều kiện tiến hành Đại hội',
    noQuorum: 'Chưa đủ số đại biểu để tiến hành',
    noneSummoned: 'Chưa có đại biểu nào được triệu tập'
  }
}

export const checkInEn: typeof checkInVi = {
  title: 'Check-in and attendance',
  tabs: { desk: 'Check-in desk', board: 'Attendance', quorum: 'Quorum rules' },
  desk: {
    deskName: 'Desk name',
    defaultDesk: 'Main desk',
    input: 'Scan a card or type a few letters of the name (accents optional)',
    inputLabel: 'Card code or delegate name',
    hint: 'A scanner types the code and Enter. Typing a name: ↑ ↓ to choose, Enter to check in.',
    noMatch: 'Nobody matches "{query}".',
    checkedIn: 'Present',
    already: 'Already checked in at {time}',
    checkedOut: 'Checked out at {time}',
    undone: 'Undone',
    refused: 'Refused',
    reasons: {
      malformed: 'Not a check-in code.',
      forged: 'Forged code: the signature does not match.',
      revoked: 'This card was revoked: use the reprinted card.',
      unknown: 'No delegate of this event has this number.',
      otherEvent: 'A card of another event: {title}.'
    },
    seat: 'Seat {seat}',
    replaces: 'Substitute for {name}',
    guest: 'Guest',
    undo: 'Undo (Ctrl+Z)',
    checkOut: 'Check out',
    addGuest: 'Add a guest',
    addSubstitute: 'Substitute',
    figures: 'Present {present}/{summoned} delegates, {percent}%',
    quorumMet: 'Quorum reached ({name})',
    quorumNotMet: 'No quorum yet: at least {required} needed ({name})',
    offline: 'Lost contact with the data: nothing was recorded. Try again.'
  },
  noDelegates: {
    message:
      'This event has no summoned delegates yet (guests do not count), so there is no quorum to reach. Add delegates in the event’s “Delegates” section.',
    open: 'Open Delegates'
  },
  camera: {
    start: 'Scan with camera',
    stop: 'Turn camera off',
    starting: 'Opening the camera…',
    choose: 'Camera',
    preview: 'Camera picture',
    aim: "Hold the card's QR code in the picture, a hand's width from the camera.",
    problems: {
      insecure:
        'This page may not use a camera: browsers open a camera only on https pages or on the computer running Dais itself. Use a USB scanner or type the name.',
      unsupported:
        'This browser does not let a page scan with the camera. Use a USB scanner or type the name.',
      noCamera: 'No camera found. Plug in a webcam, then press "Scan with camera" again.',
      denied:
        "The camera is blocked: allow Dais to use it (the camera icon in the address bar, or the computer's privacy settings), then press again.",
      busy: 'Another program is using the camera. Close it, then press again.',
      failed: 'The camera could not be opened. Try again, or use a USB scanner.'
    }
  },
  person: {
    guestTitle: 'Add a guest and check them in',
    substituteTitle: 'Record a substitute',
    replaced: 'Substitute for',
    replacedPlaceholder: 'Choose an absent delegate',
    fullName: 'Full name',
    position: 'Position',
    unit: 'Unit',
    gender: 'Gender',
    male: 'Male',
    female: 'Female',
    save: 'Add and check in',
    cancel: 'Cancel',
    nameRequired: 'Enter the full name.',
    replacedRequired: 'Choose whom they replace.'
  },
  demo: {
    title: 'Sample event: nobody has checked in yet',
    hint: 'To see the board and the quorum, run a demo check-in: about three in four delegates (everyone with a part in the programme among them) and half the guests are recorded present at a desk named “Điểm danh mẫu”, two absentees with their reasons. Only in the sample event; Undo (Ctrl+Z) takes it back.',
    run: 'Demo check-in',
    done: 'Demo check-in done: {present} of {summoned} delegates present.'
  },
  board: {
    summoned: 'Summoned',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    unexcused: 'Unexcused',
    substitutes: 'Substitutes',
    guests: 'Guests present',
    byCategory: 'By category',
    byUnit: 'By unit',
    label: 'Group',
    absentees: 'Absent delegates ({count})',
    reason: 'Reason',
    reasons: { none: 'Unknown', excused: 'Excused', unexcused: 'Unexcused' },
    note: 'Note',
    recent: 'Just checked in',
    largeScreen: 'Open the large screen',
    report: 'Credentials report (PDF)',
    saveReport: 'Save the report',
    chairName: 'Chair of the credentials committee (signs)'
  },
  quorum: {
    intro:
      'The congress may proceed only with a quorum. The first rule applies to everything; the others apply to the votes chosen for them.',
    name: 'Rule name',
    fraction: 'Share',
    numerator: 'Share: numerator',
    denominator: 'Share: denominator',
    strict: 'More than',
    atLeast: 'At least',
    subjects: 'Applies to votes on',
    add: 'Add a rule',
    remove: 'Remove',
    save: 'Save rules',
    saved: 'Quorum rules saved.',
    example: 'With {summoned} summoned: at least {required}.'
  },
  screen: {
    title: 'Delegates present',
    present: 'present',
    of: 'of {summoned} summoned delegates',
    quorum: 'Quorum reached',
    noQuorum: 'No quorum yet',
    noneSummoned: 'No delegates summoned yet'
  }
}
