import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { test } from './page-problems'

/** Clicks what starts a download and keeps the file with the test's results as `name`. */
export async function download(
  page: Page,
  click: () => Promise<void>,
  name: string
): Promise<{ file: string; suggested: string }> {
  const downloading = page.waitForEvent('download')
  await click()
  const done = await downloading
  const file = test.info().outputPath(name)
  await done.saveAs(file)
  return { file, suggested: done.suggestedFilename() }
}

/** Clicks what starts a download and keeps the file with the test's results; its path. */
export async function saveDownload(
  page: Page,
  click: () => Promise<void>,
  name: string
): Promise<string> {
  return (await download(page, click, name)).file
}

export const pdfPages = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])

export const pdfText = (file: string): string =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })

/** The check-in code printed under a card's QR code, by the delegate number's "Số: N" line. */
export const checkInCodeOf = (text: string, number: number): string | undefined =>
  new RegExp(`(?:^|\\s)(${number}-[A-Z0-9]{10})(?:\\s|$)`).exec(text)?.[1]
