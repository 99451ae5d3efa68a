export const honoursVi = {
  title: 'Khen thưởng'
}

export const honoursEn: typeof honoursVi = {
  title: 'Honours'
}
