/** The seating plan feature's entry point. */
export { seatingHandlers } from './seating-handlers'
export { seedSampleSeating } from './sample-seating'
