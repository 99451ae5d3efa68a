import type * as Fontkit from 'fontkit'
import type PDFDocument from 'pdfkit'

/*
 * pdfkit (which loads fontkit) costs ~0.3 s to load; most sessions print nothing for a
 * while, so they are required when the first PDF is made or font read, not at start-up.
 */

/* eslint-disable @typescript-eslint/no-require-imports -- deferred loading is the point here */
export const loadFontkit = (): typeof Fontkit => require('fontkit') as typeof Fontkit

export const loadPdfDocument = (): typeof PDFDocument => require('pdfkit') as typeof PDFDocument
/* eslint-enable @typescript-eslint/no-require-imports */
