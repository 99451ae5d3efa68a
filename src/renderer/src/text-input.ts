import { normalizeText } from '@shared/text'

/** The one normalisation every typed value goes through before it is sent. */
export const cleanText = (value: string): string => normalizeText(value)

/** Normalises and turns an empty value into null. */
export const cleanOptional = (value: string): string | null => cleanText(value) || null
