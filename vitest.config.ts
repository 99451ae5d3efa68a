import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

/**
 * Tests that start child processes and kill them, or time a process's start: they run after the
 * rest, one file at a time, so that a second worker does not starve the processes they measure.
 */
const processTests = [
  'src/core/import-kill.test.ts',
  'src/core/attendance/check-in-kill.test.ts',
  'src/core/storage/crash.test.ts',
  'src/core/storage/lock-file.test.ts',
  'src/core/startup-modules.test.ts',
  'src/cli/cli-process.test.ts',
  'src/web/start.test.ts'
]

export default defineConfig({
  resolve: { alias: { '@shared': resolve(__dirname, 'src/shared') } },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: processTests,
          maxWorkers: 2,
          sequence: { groupOrder: 0 }
        }
      },
      {
        extends: true,
        test: {
          name: 'processes',
          include: processTests,
          maxWorkers: 1,
          sequence: { groupOrder: 1 }
        }
      }
    ]
  }
})
