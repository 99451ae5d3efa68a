export const rostersVi = {
  title: 'Danh sách'
}

export const rostersEn: typeof rostersVi = {
  title: 'Rosters'
}
