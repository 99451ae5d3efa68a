import { delegatesVi } from './features/delegates'
import { rostersVi } from './features/rosters'
import { importVi } from './features/import'
import { honoursVi } from './features/honours'
import { certificatesVi } from './features/certificates'
import { agendaVi } from './features/agenda'
import { cardsVi } from './features/cards'
import { checkInVi } from './features/check-in'
import { seatingVi } from './features/seating'
import { movementVi } from './features/movement'
import { desksVi } from './features/desks'

const vi = {
  app: {
    name: 'Dais',
    mainNav: 'Điều hướng chính',
    collationWarning:
      'Môi trường chạy không hỗ trợ sắp xếp theo tiếng Việt. Danh sách có thể bị sắp sai thứ tự (ví dụ Đ đứng sau Z).',
    loadFailed: 'Không tải được dữ liệu ứng dụng: {error}',
    readOnlyBanner: 'Dữ liệu đang ở chế độ chỉ đọc. Bạn có thể xem nhưng không thể thay đổi.'
  },
  nav: {
    events: 'Sự kiện',
    organisation: 'Cơ quan',
    backups: 'Sao lưu',
    audit: 'Nhật ký',
    awardForms: 'Hình thức khen',
    certificateSetup: 'Mẫu in & máy in',
    movement: 'Phong trào thi đua'
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'Tiếng Việt',
    en: 'English',
    de: 'Deutsch',
    deScope: 'Tiếng Đức: các màn hình giấy khen; các màn hình khác hiện bằng tiếng Anh'
  },
  leave: {
    title: 'Đang sửa dở',
    message:
      'Có nội dung vừa nhập chưa được lưu (ví dụ một ô đang sửa). Rời trang sẽ mất nội dung đó.',
    confirm: 'Rời trang, bỏ nội dung',
    cancel: 'Ở lại'
  },
  discard: {
    title: 'Bỏ nội dung vừa nhập?',
    message: 'Hộp thoại có nội dung vừa nhập chưa được lưu. Đóng lại sẽ mất nội dung đó.',
    confirm: 'Bỏ nội dung',
    cancel: 'Tiếp tục nhập'
  },
  undo: {
    button: 'Hoàn tác',
    tooltip: 'Hoàn tác thay đổi gần nhất (Ctrl+Z)',
    next: 'Hoàn tác: {what} (Ctrl+Z)',
    none: 'Chưa có thay đổi nào để hoàn tác',
    done: 'Đã hoàn tác: {what}',
    nothing: 'Không còn thay đổi nào để hoàn tác',
    doorConflict:
      'Không hoàn tác được “{what}”: từ sau thay đổi đó, việc điểm danh đã ghi vào cùng danh sách. Hãy sửa trực tiếp.'
  },
  save: {
    saved: 'Đã lưu {time}',
    savedNoTime: 'Đã lưu',
    saving: 'Đang lưu…',
    retrying: 'Chưa lưu — đang thử lại',
    readOnly: 'Chỉ đọc',
    unknown: 'Đang kết nối…',
    statusLabel: 'Trạng thái lưu',
    failure: {
      title: 'Không lưu được vào ổ đĩa',
      body: '{count} thay đổi chưa được ghi vào ổ đĩa. Chúng vẫn được giữ trong Dais và Dais đang tiếp tục thử lưu. Đừng đóng Dais: hãy giải phóng dung lượng ổ đĩa hoặc kiểm tra thư mục dữ liệu, hoặc lưu một bản sao ra nơi khác.',
      since: 'Không lưu được từ {time}.',
      saveCopy: 'Lưu bản sao ra nơi khác',
      downloaded:
        'Đã tải bản sao dữ liệu xuống: {name}. Dais vẫn tiếp tục thử lưu vào thư mục dữ liệu.',
      savedTo: 'Đã lưu bản sao dữ liệu vào {path}. Dais vẫn tiếp tục thử lưu vào thư mục dữ liệu.',
      nothingUnsaved: 'Mọi thay đổi đã được lưu vào ổ đĩa.',
      reason: 'Lý do (kỹ thuật)'
    }
  },
  notices: {
    title: {
      restored: 'Dữ liệu đã được khôi phục từ bản sao lưu',
      'read-only-newer-schema':
        'Dữ liệu được tạo bởi phiên bản Dais mới hơn — đang mở ở chế độ chỉ đọc',
      'started-empty':
        'Tệp dữ liệu bị hỏng và không có bản sao lưu hợp lệ — Dais bắt đầu với dữ liệu trống',
      migrated: 'Dữ liệu đã được nâng cấp lên định dạng mới',
      'synced-folder': 'Thư mục dữ liệu nằm trong thư mục đồng bộ đám mây',
      'unsaved-copy': 'Có thay đổi chưa lưu được vào thư mục dữ liệu — Dais đã giữ một bản sao'
    },
    unsavedCopyWhere: 'Bản sao được lưu lúc {time} tại: {path}',
    unsavedCopyMissing: 'Dữ liệu hiện tại thiếu {count} thay đổi có trong bản sao này.',
    unsavedCopyMaybe: 'Dữ liệu hiện tại có thể thiếu một số thay đổi có trong bản sao này.',
    unsavedCopyHow:
      'Để giữ các thay đổi đó: đóng Dais, chép tệp này đè lên tệp dais-data.json trong thư mục dữ liệu. Sau đó (hoặc nếu không cần) hãy chuyển tệp này đi nơi khác để thông báo không hiện nữa.',
    restoredFrom: 'Đã khôi phục từ bản sao lưu {name} lúc {time}.',
    restoredFromNoTime: 'Đã khôi phục từ bản sao lưu {name}.',
    quarantined: 'Tệp dữ liệu hỏng được giữ lại với tên {name}.',
    automaticBackup: '(tự động)',
    technicalDetails: 'Chi tiết kỹ thuật',
    dismiss: 'Đóng thông báo'
  },
  kinds: {
    congress: 'Đại hội',
    conference: 'Hội nghị',
    ceremony: 'Lễ'
  },
  events: {
    title: 'Sự kiện',
    create: 'Tạo sự kiện',
    openSample: 'Mở sự kiện mẫu',
    emptyTitle: 'Chưa có sự kiện nào',
    emptyHint:
      'Tạo sự kiện đầu tiên (đại hội, hội nghị hoặc lễ) hoặc mở sự kiện mẫu để xem thử cách làm việc với Dais.',
    showArchived: 'Hiện sự kiện đã lưu trữ',
    listLabel: 'Danh sách sự kiện',
    archivedTag: 'Đã lưu trữ',
    sampleTag: 'Mẫu',
    noDate: 'Chưa có ngày',
    columns: {
      title: 'Tên sự kiện',
      kind: 'Loại',
      date: 'Ngày',
      venue: 'Địa điểm',
      actions: 'Thao tác'
    },
    actions: {
      open: 'Mở',
      edit: 'Sửa',
      duplicate: 'Nhân bản',
      archive: 'Lưu trữ',
      unarchive: 'Bỏ lưu trữ',
      delete: 'Xóa'
    },
    created: 'Đã tạo sự kiện “{title}”',
    updated: 'Đã lưu sự kiện “{title}”',
    duplicated: 'Đã nhân bản thành “{title}”',
    archived: 'Đã lưu trữ “{title}”',
    unarchived: 'Đã bỏ lưu trữ “{title}”',
    deleted: 'Đã xóa “{title}”',
    sampleOpened: 'Đã mở sự kiện mẫu “{title}”',
    deleteConfirm: {
      title: 'Xóa sự kiện',
      message:
        'Xóa sự kiện “{title}”? Sự kiện sẽ biến mất khỏi danh sách; nếu cần, có thể khôi phục từ một bản sao lưu.',
      confirm: 'Xóa',
      cancel: 'Hủy'
    }
  },
  eventForm: {
    createTitle: 'Tạo sự kiện',
    editTitle: 'Sửa sự kiện',
    title: 'Tên sự kiện',
    titlePlaceholder: 'Ví dụ: Đại hội Thi đua yêu nước phường Tiền Phong lần thứ VI',
    kind: 'Loại sự kiện',
    period: 'Giai đoạn',
    reviewPeriod: 'Giai đoạn tổng kết (thành tích)',
    launchPeriod: 'Giai đoạn phát động',
    periodFrom: 'Từ năm',
    periodTo: 'Đến năm',
    reviewFromLabel: 'Tổng kết từ năm',
    reviewToLabel: 'Tổng kết đến năm',
    launchFromLabel: 'Phát động từ năm',
    launchToLabel: 'Phát động đến năm',
    periodHint:
      'Quyết định và giấy khen ghi thành tích của giai đoạn tổng kết; kịch bản dẫn chương trình dùng giai đoạn nào đúng với từng phần.',
    date: 'Ngày tổ chức',
    startTime: 'Giờ bắt đầu',
    startTimePlaceholder: 'Ví dụ: 07:30',
    venue: 'Địa điểm',
    venuePlaceholder: 'Ví dụ: Hội trường UBND phường',
    organiser: 'Đơn vị tổ chức',
    organiserPlaceholder: 'Ví dụ: Ủy ban nhân dân phường Tiền Phong',
    submitCreate: 'Tạo',
    submitEdit: 'Lưu',
    cancel: 'Hủy',
    errors: {
      titleRequired: 'Vui lòng nhập tên sự kiện',
      tooLong: 'Tối đa {max} ký tự',
      year: 'Năm phải là số có 4 chữ số (1900–2200)',
      periodOrder: '“Đến năm” không được nhỏ hơn “Từ năm”',
      time: 'Giờ phải có dạng HH:MM, ví dụ 07:30',
      server: 'Giá trị không hợp lệ'
    }
  },
  firstStart: {
    title: 'Bắt đầu từ đâu?',
    organisation:
      'Điền Thông tin cơ quan trước: tên cơ quan, địa danh, ký hiệu văn bản và người ký — mọi văn bản và giấy khen đều dùng các thông tin này.',
    event: 'Tạo sự kiện (hoặc mở sự kiện mẫu để xem thử cách làm).',
    inside:
      'Trong sự kiện: nhập đại biểu, lập và phê duyệt danh sách, lập quyết định khen thưởng, in giấy khen, soạn chương trình.',
    fillOrganisation: 'Điền thông tin cơ quan'
  },
  workspace: {
    back: 'Về danh sách sự kiện',
    sectionsLabel: 'Các phần của sự kiện',
    notFound: 'Không tìm thấy sự kiện này. Có thể nó đã bị xóa.',
    sectionFailed:
      'Không tải được phần này của Dais. Hãy tải lại trang; nếu vẫn lỗi, khởi động lại Dais.',
    reload: 'Tải lại trang',
    sections: {
      overview: 'Tổng quan',
      delegates: 'Đại biểu',
      rosters: 'Danh sách & phê duyệt',
      honours: 'Khen thưởng',
      certificates: 'In giấy khen',
      cards: 'Thẻ & giấy mời',
      checkIn: 'Điểm danh',
      seating: 'Chỗ ngồi',
      agenda: 'Chương trình'
    },
    progress: {
      title: 'Tiến độ chuẩn bị',
      next: 'Việc tiếp theo: {step}.',
      go: 'Mở {step}',
      allDone: 'Đã xong các bước chuẩn bị chính.',
      steps: {
        organisation: 'Thông tin cơ quan',
        delegates: 'Đại biểu',
        rosters: 'Danh sách & phê duyệt',
        honours: 'Khen thưởng',
        certificates: 'In giấy khen',
        agenda: 'Chương trình'
      },
      organisation: {
        done: 'đã có tên cơ quan, dùng cho đầu văn bản và giấy khen',
        todo: 'chưa điền — mọi văn bản và giấy khen đều cần tên cơ quan, địa danh, người ký'
      },
      delegates: '{n} đại biểu',
      rosters: '{approved}/{n} danh sách đã phê duyệt',
      honours: '{honorees} đối tượng; {issued}/{n} quyết định đã ban hành',
      certificates: '{printed}/{n} giấy khen đã ghi nhận in',
      agenda: '{items} mục chương trình, {rounds} đợt trao'
    },
    overview: {
      edit: 'Sửa thông tin',
      kind: 'Loại sự kiện',
      period: 'Giai đoạn tổng kết',
      launchPeriod: 'Giai đoạn phát động',
      date: 'Ngày tổ chức',
      startTime: 'Giờ bắt đầu',
      venue: 'Địa điểm',
      organiser: 'Đơn vị tổ chức',
      updatedAt: 'Cập nhật lần cuối',
      empty: 'Chưa nhập'
    }
  },
  eventFile: {
    export: 'Xuất tệp',
    exportOf: 'Xuất sự kiện “{title}” ra tệp',
    import: 'Nhập từ tệp',
    fileInput: 'Tệp sự kiện',
    dropHint: 'Thả tệp sự kiện (.dais-event.json) vào đây để nhập',
    imported: 'Đã nhập sự kiện “{title}”',
    importFailed: 'Không nhập được tệp “{fileName}”: {reason}',
    tooLarge: 'tệp lớn hơn 50 MB ({size}).',
    readFailed: 'không đọc được tệp.',
    reasons: {
      notJson: 'đây không phải tệp sự kiện Dais (không phải văn bản JSON).',
      notEventFile: 'đây không phải tệp sự kiện Dais.',
      newerVersion: 'tệp được xuất từ phiên bản Dais mới hơn; hãy cập nhật Dais trước.',
      damaged: 'tệp bị hỏng hoặc đã bị sửa bằng tay (sai mã kiểm tra).',
      invalidEvent: 'thông tin sự kiện trong tệp không hợp lệ.'
    }
  },
  organisation: {
    title: 'Thông tin cơ quan',
    intro:
      'Thông tin này được dùng cho phần đầu văn bản, dòng địa danh và khối chữ ký trên giấy khen và các văn bản.',
    authorityName: 'Tên cơ quan',
    authorityPlaceholder: 'Ví dụ: Ủy ban nhân dân phường Tiền Phong',
    headerLines: 'Dòng tiêu đề cơ quan',
    headerLine: 'Dòng tiêu đề {n}',
    headerHint: 'Mặc định: {lines}',
    deriveHeader: 'Tạo từ tên cơ quan',
    superiorLines: 'Cơ quan cấp trên (in chữ đứng thường)',
    superiorNone: 'Không có — mọi dòng là tên cơ quan ban hành (in đậm)',
    superiorSome: '{n} dòng đầu',
    addHeaderLine: 'Thêm dòng',
    removeHeaderLine: 'Xóa dòng tiêu đề {n}',
    placeName: 'Địa danh',
    placeNamePlaceholder: 'Ví dụ: Tiền Phong',
    placeNameHint: 'Dùng cho dòng “{example}”',
    documentSymbol: 'Ký hiệu văn bản',
    documentSymbolPlaceholder: 'Ví dụ: QĐ-UBND',
    signers: 'Người ký',
    signerName: 'Họ và tên',
    signerTitle: 'Chức vụ',
    signerOnBehalfOf: 'Ký thay (KT.), thừa lệnh (TL.), thừa ủy quyền (TUQ.)',
    signerCollective: 'Thay mặt tập thể (TM.)',
    signerCollectiveOf: 'Thay mặt tập thể (người ký {n})',
    signerCollectivePlaceholder: 'Ví dụ: ỦY BAN NHÂN DÂN',
    signerDelegationOf: 'Cách ký thay (người ký {n})',
    signerActing: 'Quyền (Q.)',
    signerActingOf: 'Quyền — Q. (người ký {n})',
    signerPreview: 'Xem trước',
    signerNameOf: 'Họ và tên người ký {n}',
    signerTitleOf: 'Chức vụ người ký {n}',
    signerOnBehalfOfOf: 'Ký thay cho (người ký {n})',
    signerTitlePlaceholder: 'Ví dụ: PHÓ CHỦ TỊCH',
    signerOnBehalfPlaceholder: 'Ví dụ: CHỦ TỊCH',
    addSigner: 'Thêm người ký',
    removeSigner: 'Xóa người ký {n}',
    noSigners: 'Chưa có người ký',
    logo: 'Logo',
    logoFile: 'Tệp logo',
    chooseLogo: 'Chọn logo',
    removeLogo: 'Xóa logo',
    logoPreview: 'Xem trước logo',
    logoHint: 'Ảnh PNG hoặc JPEG, tối đa 1 MB.',
    logoWrongType: 'Logo phải là ảnh PNG hoặc JPEG',
    logoTooLarge: 'Logo lớn hơn 1 MB ({size})',
    logoReadFailed: 'Không đọc được tệp ảnh',
    settingsTitle: 'Cài đặt',
    operatorName: 'Người thao tác',
    operatorHint: 'Tên được ghi vào nhật ký thay đổi.',
    uiLanguage: 'Ngôn ngữ giao diện',
    save: 'Lưu thay đổi',
    discard: 'Hủy thay đổi',
    dirty: 'Có thay đổi chưa lưu',
    clean: 'Không có thay đổi chưa lưu',
    saved: 'Đã lưu thông tin cơ quan',
    leaveConfirm: {
      title: 'Thay đổi chưa lưu',
      message: 'Thông tin cơ quan có thay đổi chưa lưu. Rời trang và bỏ các thay đổi này?',
      confirm: 'Bỏ thay đổi',
      cancel: 'Ở lại'
    }
  },
  backups: {
    title: 'Sao lưu',
    intro:
      'Dais tự động sao lưu dữ liệu định kỳ. Bạn cũng có thể tạo bản sao lưu có tên trước những thay đổi lớn.',
    name: 'Tên bản sao lưu',
    namePlaceholder: 'Ví dụ: Trước khi chốt danh sách',
    createNow: 'Tạo bản sao lưu ngay',
    created: 'Đã tạo bản sao lưu “{name}”',
    nameRequired: 'Vui lòng nhập tên bản sao lưu',
    listLabel: 'Danh sách bản sao lưu',
    empty: 'Chưa có bản sao lưu nào',
    columns: {
      kind: 'Loại',
      name: 'Tên',
      time: 'Thời gian',
      size: 'Dung lượng',
      actions: 'Thao tác'
    },
    kinds: {
      rolling: 'Tự động',
      named: 'Có tên'
    },
    unnamed: 'Bản tự động',
    restore: 'Khôi phục',
    restoreConfirm: {
      title: 'Khôi phục bản sao lưu',
      message:
        'Khôi phục dữ liệu về bản sao lưu “{name}” lúc {time}? Toàn bộ dữ liệu hiện tại sẽ được thay bằng nội dung của bản sao lưu này.',
      confirm: 'Khôi phục',
      cancel: 'Hủy'
    },
    restored: 'Đã khôi phục dữ liệu từ bản sao lưu lúc {time}'
  },
  audit: {
    title: 'Nhật ký thay đổi',
    listLabel: 'Nhật ký thay đổi',
    empty: 'Chưa có thay đổi nào',
    columns: {
      time: 'Thời gian',
      operator: 'Người thao tác',
      entity: 'Đối tượng',
      summary: 'Nội dung'
    },
    entities: {
      organisation: 'Cơ quan',
      settings: 'Cài đặt',
      event: 'Sự kiện',
      backup: 'Sao lưu',
      delegate: 'Đại biểu',
      roster: 'Danh sách đại biểu',
      import: 'Nhập dữ liệu',
      honoree: 'Đối tượng khen thưởng',
      awardForm: 'Hình thức khen',
      decision: 'Quyết định',
      register: 'Sổ khen thưởng',
      template: 'Mẫu giấy khen',
      printerProfile: 'Hồ sơ máy in',
      font: 'Phông chữ',
      agendaItem: 'Mục chương trình',
      awardRound: 'Đợt trao thưởng',
      unit: 'Đơn vị',
      emulationTitle: 'Danh hiệu thi đua',
      movement: 'Phong trào thi đua',
      registration: 'Đăng ký thi đua',
      proposal: 'Đề nghị khen thưởng',
      council: 'Phiên họp Hội đồng',
      checkIn: 'Điểm danh',
      hallPlan: 'Sơ đồ hội trường'
    },
    /** How each audited action reads after the entity's name ("Đại biểu: sửa …"). */
    actions: {
      create: 'thêm mới',
      update: 'sửa',
      delete: 'xóa',
      duplicate: 'nhân bản',
      import: 'nhập từ tệp',
      archive: 'lưu trữ',
      unarchive: 'bỏ lưu trữ',
      sample: 'điền từ sự kiện mẫu',
      restore: 'khôi phục',
      undo: 'hoàn tác',
      'add-many': 'thêm nhiều dòng',
      'bulk-update': 'sửa hàng loạt',
      categories: 'sửa danh mục loại đại biểu',
      columns: 'sửa các cột tự đặt',
      revokeCard: 'thu hồi thẻ',
      createCheckInKey: 'tạo khóa điểm danh',
      addMembers: 'thêm người vào danh sách',
      addMember: 'thêm một người vào danh sách',
      updateMember: 'sửa thông tin người trong danh sách',
      removeMembers: 'bỏ người khỏi danh sách',
      submit: 'trình duyệt',
      returnToDraft: 'trả về bản nháp',
      approve: 'phê duyệt',
      openVersion: 'mở phiên bản mới',
      issue: 'ban hành',
      void: 'hủy số sổ',
      print: 'ghi nhận đã in',
      add: 'thêm',
      replace: 'thay thế',
      template: 'tạo từ chương trình mẫu',
      reorder: 'sắp xếp lại thứ tự',
      settings: 'đổi cài đặt chương trình',
      vote: 'ghi kết quả biểu quyết',
      'move-honoree': 'chuyển người nhận sang đợt khác',
      start: 'bắt đầu mục',
      finish: 'kết thúc chương trình',
      'reset-run': 'xóa giờ thực tế',
      save: 'lưu',
      tally: 'tổng hợp kết quả',
      attach: 'đính kèm tệp',
      detach: 'gỡ tệp đính kèm',
      'check-in': 'điểm danh có mặt',
      'check-out': 'ghi nhận ra về',
      absence: 'ghi lý do vắng',
      guest: 'thêm khách mời tại bàn điểm danh',
      substitute: 'thêm người dự thay',
      quorum: 'sửa quy định số đại biểu cần có mặt',
      'assign-seats': 'xếp chỗ tự động',
      'move-seat': 'đổi chỗ ngồi'
    },
    describe: {
      event: {
        create: 'Tạo sự kiện “{subject}”',
        update: 'Sửa sự kiện “{subject}”',
        duplicate: 'Nhân bản sự kiện thành “{subject}”',
        archive: 'Lưu trữ sự kiện “{subject}”',
        unarchive: 'Bỏ lưu trữ sự kiện “{subject}”',
        delete: 'Xóa sự kiện “{subject}”',
        import: 'Nhập sự kiện “{subject}” từ tệp'
      },
      organisation: {
        update: 'Cập nhật thông tin cơ quan ({fields})',
        updateNoFields: 'Cập nhật thông tin cơ quan',
        sample: 'Điền thông tin cơ quan từ sự kiện mẫu (“{subject}”)'
      },
      settings: {
        update: 'Thay đổi cài đặt ({fields})',
        updateNoFields: 'Thay đổi cài đặt'
      },
      backup: {
        restore: 'Khôi phục từ bản sao lưu “{subject}”'
      },
      undo: 'Hoàn tác: {what}',
      other: '{entity}: {action} “{subject}”'
    },
    councilMeeting: {
      dated: 'cuộc họp ngày {date}',
      ofYear: 'cuộc họp năm {year}'
    },
    unknownOperator: '(không rõ)'
  },
  suspectText: {
    wrongCodePage:
      'Có ký tự “{char}” (mã {codePoint}) giống chữ {suggestion} nhưng sai bảng mã — thường do chép từ tài liệu cũ.',
    lookalike:
      'Có ký tự “{char}” (mã {codePoint}) trông giống chữ {suggestion} nhưng không phải chữ tiếng Việt — thường do chép từ trang web hoặc tài liệu nước ngoài.',
    replacement: 'Có ký tự lỗi “{char}” — văn bản có thể bị hỏng khi chép.',
    fix: 'Sửa thành {suggestion}'
  },
  dateField: {
    placeholder: 'dd/mm/yyyy',
    format: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/09/2025',
    impossible: 'Ngày {text} không có trên lịch',
    range: 'Năm phải trong khoảng {min}–{max}',
    after: 'Ngày không được sau {max}'
  },
  numberField: {
    required: 'Cần nhập một số.',
    range: 'Giá trị phải từ {min} đến {max}.',
    atLeast: 'Giá trị phải từ {min} trở lên.',
    atMost: 'Giá trị không được lớn hơn {max}.',
    whole: 'Cần nhập số nguyên.',
    decimals: 'Chỉ được tối đa {decimals} chữ số sau dấu thập phân.'
  },
  common: {
    loading: 'Đang tải…',
    retry: 'Thử lại',
    close: 'Đóng'
  },
  errors: {
    INVALID_ARGUMENT: 'Dữ liệu nhập không hợp lệ',
    UNKNOWN_METHOD: 'Thao tác không được hỗ trợ',
    NOT_FOUND: 'Không tìm thấy dữ liệu',
    CONFLICT: 'Dữ liệu đã bị thay đổi ở nơi khác, vui lòng tải lại',
    NOTHING_TO_UNDO: 'Không còn thay đổi nào để hoàn tác',
    READ_ONLY: 'Dữ liệu đang ở chế độ chỉ đọc',
    STORAGE_FAILED: 'Không ghi được dữ liệu xuống đĩa',
    accessToken:
      'Trang này chưa có mã truy cập. Hãy mở đúng địa chỉ mà Dais in ra khi khởi động (có ?token=…), hoặc đóng thẻ này và khởi động lại Dais.',
    FORBIDDEN: 'Không có quyền thực hiện thao tác này',
    FROZEN: 'Bản này đã được phê duyệt hoặc ban hành nên không thể sửa',
    INCOMPLETE: 'Còn thiếu thông tin bắt buộc',
    UNSUPPORTED_FILE: 'Không đọc được tệp này',
    MISSING_GLYPHS: 'Phông chữ không in được một số ký tự',
    CANCELLED: 'Đã hủy',
    INTERNAL: 'Đã xảy ra lỗi không mong muốn'
  },
  delegates: delegatesVi,
  rosters: rostersVi,
  import: importVi,
  honours: honoursVi,
  certificates: certificatesVi,
  agenda: agendaVi,
  cards: cardsVi,
  checkIn: checkInVi,
  seating: seatingVi,
  movement: movementVi,
  desks: desksVi
}

export type MessageSchema = typeof vi
export default vi
