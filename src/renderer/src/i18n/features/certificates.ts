export const certificatesVi = {
  title: 'In giấy khen'
}

export const certificatesEn: typeof certificatesVi = {
  title: 'Certificates'
}
