export const seatingVi = {
  title: 'Sơ đồ chỗ ngồi',
  none: 'Sự kiện chưa có sơ đồ hội trường. Tạo một sơ đồ theo số đại biểu (ba khu, lối đi giữa các khu, bàn Đoàn Chủ tịch), rồi sửa cho đúng hội trường.',
  create: 'Tạo sơ đồ hội trường',
  created: 'Đã tạo sơ đồ hội trường.',
  assign: 'Xếp chỗ tự động',
  assignHint:
    'Đoàn Chủ tịch ngồi bàn trên sân khấu (người đầu tiên ở giữa); người nhận khen thưởng ngồi ghế cạnh lối đi theo thứ tự đợt trao; khách mời ở giữa các hàng đầu; mỗi loại đại biểu trong khu của mình; đại biểu cùng đơn vị ngồi cạnh nhau.',
  keepManual: 'Giữ các chỗ đã xếp bằng tay',
  assigned: 'Đã xếp chỗ cho {seated} đại biểu.',
  assignedShort:
    'Đã xếp chỗ cho {seated} đại biểu; {unseated} người chưa có ghế (hội trường thiếu chỗ).',
  printA3: 'In sơ đồ A3',
  printA4: 'In sơ đồ A4',
  seatedCount: 'Đã có chỗ: {seated}/{total} đại biểu',
  layout: {
    title: 'Hội trường',
    name: 'Tên hội trường',
    presidiumSeats: 'Số ghế bàn Đoàn Chủ tịch',
    blocks: 'Các khu (từ trái sang phải khi nhìn lên sân khấu)',
    blockName: 'Khu',
    rows: 'Số hàng',
    seatsPerRow: 'Ghế mỗi hàng',
    aisleLeft: 'Lối đi bên trái',
    aisleRight: 'Lối đi bên phải',
    categories: 'Loại đại biểu ngồi ở khu này',
    anyCategory: 'Mọi loại',
    addBlock: 'Thêm khu',
    removeBlock: 'Xóa khu {name}',
    saved: 'Đã lưu hội trường.',
    seats: '{count} ghế'
  },
  map: {
    label: 'Sơ đồ chỗ ngồi, hàng 1 gần sân khấu nhất',
    stage: 'Sân khấu — bàn Đoàn Chủ tịch',
    block: 'Khu {name}',
    row: 'Hàng {row}',
    empty: 'Ghế trống',
    help: 'Kéo một người sang ghế khác để đổi chỗ (ghế có người thì hai người đổi cho nhau). Bằng bàn phím: mũi tên để đi giữa các ghế, Enter để chọn người rồi Enter ở ghế mới; Delete để bỏ người đã chọn ra khỏi sơ đồ; Esc để thôi chọn.',
    picked: 'Đang chọn {name} — chọn ghế mới',
    moved: '{name}: {seat}',
    unseated: '{name} không còn ghế.'
  },
  unseated: {
    title: 'Chưa có ghế ({count})',
    none: 'Mọi đại biểu đã có ghế.',
    dropHere: 'Thả vào đây để bỏ ra khỏi sơ đồ'
  }
}

export const seatingEn: typeof seatingVi = {
  title: 'Seating plan',
  none: 'This event has no hall plan yet. Create one sized for the delegates (three blocks, aisles between them, a presidium table), then adjust it to the real hall.',
  create: 'Create a hall plan',
  created: 'Hall plan created.',
  assign: 'Assign seats automatically',
  assignHint:
    'The presidium sits at the table on the stage (the first person in the middle); honorees take aisle seats in award round order; guests the middle of the front rows; each category its own blocks; delegates of one unit sit together.',
  keepManual: 'Keep seats placed by hand',
  assigned: 'Seats assigned to {seated} delegates.',
  assignedShort:
    'Seats assigned to {seated} delegates; {unseated} have no seat (the hall is too small).',
  printA3: 'Print seat map A3',
  printA4: 'Print seat map A4',
  seatedCount: 'Seated: {seated}/{total} delegates',
  layout: {
    title: 'Hall',
    name: 'Hall name',
    presidiumSeats: 'Seats at the presidium table',
    blocks: 'Blocks (left to right, facing the stage)',
    blockName: 'Block',
    rows: 'Rows',
    seatsPerRow: 'Seats per row',
    aisleLeft: 'Aisle on the left',
    aisleRight: 'Aisle on the right',
    categories: 'Categories seated in this block',
    anyCategory: 'Any',
    addBlock: 'Add a block',
    removeBlock: 'Remove block {name}',
    saved: 'Hall saved.',
    seats: '{count} seats'
  },
  map: {
    label: 'Seat map, row 1 nearest the stage',
    stage: 'Stage — presidium table',
    block: 'Block {name}',
    row: 'Row {row}',
    empty: 'Empty seat',
    help: 'Drag a person onto another seat to move them (on an occupied seat the two swap). With the keyboard: arrows move between seats, Enter picks the person and Enter on another seat puts them there; Delete takes the picked person off the plan; Esc cancels.',
    picked: '{name} picked — choose the new seat',
    moved: '{name}: {seat}',
    unseated: '{name} has no seat now.'
  },
  unseated: {
    title: 'Without a seat ({count})',
    none: 'Every delegate has a seat.',
    dropHere: 'Drop here to take off the plan'
  }
}
