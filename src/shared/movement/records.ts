/* The movement's closed lists, zod-free so the renderer can use them at run time. */

export const unitKinds = ['agency', 'school', 'association', 'residential-group', 'other'] as const
export const titleSubjects = ['collective', 'residential-group', 'household', 'individual'] as const
export const targetMeasures = ['registered', 'achieved', 'households-titled'] as const
export const comparisons = ['=', '>', '>='] as const
export const resultStates = ['pending', 'achieved', 'not-achieved'] as const
