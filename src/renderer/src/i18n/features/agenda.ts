export const agendaVi = {
  title: 'Chương trình'
}

export const agendaEn: typeof agendaVi = {
  title: 'Programme'
}
