import { defineConfig, devices } from '@playwright/test'

const ci = !!process.env.CI

// Debian's chromium-headless-shell: the same engine as its chromium, without the desktop
// browser around it (the build Playwright itself uses for headless runs), which costs a quarter
// less CPU per journey. Playwright's own browsers are never downloaded.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    screenshot: 'only-on-failure',
    // Recording a trace (DOM snapshots and a screencast at every step) made a journey take
    // about 70 % more CPU; only a retry records one. To trace a run: `playwright test --trace on`.
    trace: 'on-first-retry'
  },
  projects: [
    {
      name: 'browser',
      testMatch: 'e2e/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic'
          ]
        }
      }
    },
    {
      name: 'electron',
      testDir: 'e2e/electron'
    }
  ]
})
