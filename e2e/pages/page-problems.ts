import { expect, type Page } from '@playwright/test'
import { test as daisTest } from '../fixtures/dais'

/**
 * Collects what a journey must not produce: console errors, uncaught exceptions and CSP
 * violations.
 */
export class PageProblems {
  readonly problems: string[] = []
  private readonly allowed: RegExp[] = []

  private constructor(readonly page: Page) {}

  static async watch(page: Page): Promise<PageProblems> {
    const watcher = new PageProblems(page)
    page.on('console', (message) => {
      if (message.type() === 'error') watcher.record(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => watcher.record(`uncaught: ${error.message}`))
    // Violations reach the page as DOM events; a binding forwards them to the test.
    await page.exposeBinding('__daisReportCsp', (_source, text: string) =>
      watcher.record(`csp: ${text}`)
    )
    // A string, as e2e code is type-checked without the DOM library.
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
      window.__daisReportCsp?.(event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') + ' at ' + (event.sourceFile || '(no source)') + ':' + event.lineNumber)
    })`)
    return watcher
  }

  /** Tolerates problems matching `pattern` from now on (say, while a server is stopped on purpose). */
  allow(pattern: RegExp): void {
    this.allowed.push(pattern)
  }

  private record(text: string): void {
    if (!this.allowed.some((pattern) => pattern.test(text))) this.problems.push(text)
  }

  expectNone(): void {
    expect(this.problems, 'console errors, uncaught exceptions or CSP violations').toEqual([])
  }
}

/** The `dais` fixture plus `problems`, checked after every test: a journey leaves no errors. */
export const test = daisTest.extend<{ problems: PageProblems }>({
  problems: [
    // After the server: fixtures end in reverse order, and a server stopped first would leave the
    // page's reconnect errors in the journey's record.
    async ({ page, dais: _dais }, use) => {
      const problems = await PageProblems.watch(page)
      await use(problems)
      problems.expectNone()
    },
    { auto: true }
  ]
})

export { expect, screenshot } from '../fixtures/dais'
