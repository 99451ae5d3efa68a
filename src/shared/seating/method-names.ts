/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const seatingMethodNames = [
  'getHallPlan',
  'suggestHallLayout',
  'saveHallLayout',
  'assignSeats',
  'moveSeat',
  'renderSeatMap'
] as const
