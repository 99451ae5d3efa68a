export const importVi = {
  title: 'Nhập dữ liệu',
  open: 'Nhập từ Excel/CSV…',
  dialogTitle: {
    delegates: 'Nhập danh sách đại biểu',
    honorees: 'Nhập danh sách khen thưởng',
    units: 'Nhập danh sách đơn vị, tổ dân phố',
    households: 'Nhập danh sách hộ gia đình năm {year}',
    registrations: 'Nhập danh sách đăng ký thi đua năm {year}'
  },
  pick: 'Chọn tệp…',
  dropHint: 'Kéo thả tệp .xlsx hoặc .csv vào đây, hoặc bấm "Chọn tệp…". Tệp gốc không bị thay đổi.',
  reading: 'Đang đọc tệp…',
  refused: 'Không đọc được tệp',
  summary:
    '{file}: trang "{sheet}", dòng tiêu đề {header}; {rows} dòng, {errors} dòng lỗi, {warnings} dòng cần xem lại.',
  encoding: 'Bảng mã: {encoding}',
  rememberedMapping: 'Đã dùng cách ghép cột đã lưu cho mẫu bảng này.',
  mapping: 'Ghép cột',
  ignore: '(bỏ qua)',
  include: 'Nhập',
  row: 'Dòng',
  problems: 'Vấn đề',
  onlyProblems: 'Chỉ hiện dòng có vấn đề',
  fixSuspect: 'Sửa ký tự sai bảng mã (Ð → Đ…) ở {n} ô',
  fixedSuspect: 'Đã sửa {n} ô.',
  commit: 'Nhập {count} dòng',
  committing: 'Đang nhập…',
  committed: 'Đã nhập {count} dòng. Đã sao lưu trước khi nhập ("{backup}").',
  committedUnits:
    'Đã thêm {count} đơn vị, cập nhật {updated}. Đã sao lưu trước khi nhập ("{backup}").',
  committedHouseholds:
    'Đã nhập {count} hộ của {updated} tổ dân phố. Đã sao lưu trước khi nhập ("{backup}").',
  committedRegistrations:
    'Đã thêm {count} đăng ký, cập nhật {updated}. Đã sao lưu trước khi nhập ("{backup}").',
  stillErrors: 'Còn {count} dòng lỗi: sửa trong bảng hoặc bỏ chọn "Nhập" ở các dòng đó.',
  fileUnit: {
    label: 'Đơn vị của cả tệp',
    noColumn:
      'Tệp không có cột đơn vị: {count} dòng chưa có đơn vị. Danh sách của một tổ, một đơn vị? Chọn đơn vị đó cho cả tệp.',
    someRows:
      '{count} dòng chưa ghi đơn vị. Chọn đơn vị cho các dòng đó, hoặc sửa từng dòng trong bảng.',
    noUnits: 'Chưa có đơn vị nào: thêm đơn vị ở thẻ Đơn vị trước.',
    choose: 'Chọn đơn vị…',
    fill: 'Điền cho {count} dòng',
    chooseHint: 'Chọn đơn vị trong danh sách bên cạnh trước.'
  },
  nothing: 'Không có dòng nào được chọn để nhập.',
  cancel: 'Đóng',
  values: {
    male: 'Nam',
    female: 'Nữ',
    yes: 'Có',
    no: 'Không',
    collective: 'Tập thể',
    individual: 'Cá nhân',
    household: 'Hộ gia đình'
  }
}

export const importEn: typeof importVi = {
  title: 'Import',
  open: 'Import from Excel/CSV…',
  dialogTitle: {
    delegates: 'Import delegates',
    honorees: 'Import honorees',
    units: 'Import units and residential groups',
    households: 'Import the households list of {year}',
    registrations: 'Import the registrations list of {year}'
  },
  pick: 'Choose a file…',
  dropHint:
    'Drop an .xlsx or .csv file here, or press "Choose a file…". The original file is never changed.',
  reading: 'Reading the file…',
  refused: 'The file cannot be read',
  summary:
    '{file}: sheet "{sheet}", header row {header}; {rows} rows, {errors} with errors, {warnings} to review.',
  encoding: 'Encoding: {encoding}',
  rememberedMapping: 'The column mapping saved for this layout was used.',
  mapping: 'Column mapping',
  ignore: '(ignore)',
  include: 'Import',
  row: 'Row',
  problems: 'Problems',
  onlyProblems: 'Only rows with problems',
  fixSuspect: 'Fix wrong-code-page characters (Ð → Đ…) in {n} cells',
  fixedSuspect: '{n} cells fixed.',
  commit: 'Import {count} rows',
  committing: 'Importing…',
  committed: 'Imported {count} rows. A backup was made first ("{backup}").',
  committedUnits: 'Added {count} units, updated {updated}. A backup was made first ("{backup}").',
  committedHouseholds:
    'Imported {count} households of {updated} residential groups. A backup was made first ("{backup}").',
  committedRegistrations:
    'Added {count} registrations, updated {updated}. A backup was made first ("{backup}").',
  stillErrors: '{count} rows still have errors: fix them in the table or untick "Import" on them.',
  fileUnit: {
    label: 'The whole file’s unit',
    noColumn:
      'The file has no unit column: {count} rows have no unit. One group’s or one unit’s list? Choose that unit for the whole file.',
    someRows:
      '{count} rows name no unit. Choose the unit for those rows, or fix each row in the table.',
    noUnits: 'There are no units yet: add them in the Units tab first.',
    choose: 'Choose the unit…',
    fill: 'Fill {count} rows',
    chooseHint: 'Choose the unit in the list beside it first.'
  },
  nothing: 'No rows are selected for import.',
  cancel: 'Close',
  values: {
    male: 'Male',
    female: 'Female',
    yes: 'Yes',
    no: 'No',
    collective: 'Collective',
    individual: 'Individual',
    household: 'Household'
  }
}
