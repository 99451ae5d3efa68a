export const importVi = {
  title: 'Nhập dữ liệu'
}

export const importEn: typeof importVi = {
  title: 'Import'
}
