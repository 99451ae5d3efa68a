/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const agendaMethodNames = [
  'getAgenda',
  'listAgendaTemplates',
  'applyAgendaTemplate',
  'createAgendaItem',
  'updateAgendaItem',
  'deleteAgendaItem',
  'reorderAgendaItems',
  'updateAgendaSettings',
  'recordAgendaVote',
  'createAwardRounds',
  'addAwardRound',
  'updateAwardRound',
  'deleteAwardRound',
  'reorderAwardRounds',
  'moveHonoreeInRounds',
  'startNextAgendaItem',
  'resetAgendaRun',
  'renderAgendaDocument'
] as const
