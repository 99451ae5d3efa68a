/**
 * Delegate cards and invitations (issue 15), measured as the user runs them: a data folder with
 * an event of 1,000 delegates, then `dais cards` and `dais invitations` as separate processes,
 * wall time and peak RSS from /usr/bin/time.
 *
 *   npx tsx bench/cards.ts
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openBenchService } from './bench-service'
import type { Delegate, DelegateCategory } from '../src/shared/delegates/entities'

const repoRoot = resolve(__dirname, '..')
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô']
const middles = ['Văn', 'Thị', 'Minh', 'Thị Thu', 'Hoàng', 'Quốc', 'Ngọc']
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Minh', 'Nga', 'Phương', 'Tuấn']

async function dataFolder(count: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-cards-'))
  let n = 0
  const { service, call } = await openBenchService(dataDir, () => `b${++n}`)
  const event = await call<{ id: string }>('createEvent', {
    title: 'Đại hội Thi đua yêu nước phường Tiền Phong lần thứ VI',
    kind: 'congress',
    periodFrom: 2020,
    periodTo: 2025,
    launchFrom: 2025,
    launchTo: 2030,
    date: '2025-09-12',
    startTime: '07:30',
    venue: 'Hội trường UBND phường',
    organiser: 'UBND phường Tiền Phong'
  })
  await call<Delegate[]>('addDelegates', {
    eventId: event.id,
    delegates: Array.from({ length: count }, (_, i) => ({
      fullName: `${families[i % 10]} ${middles[i % 7]} ${givens[i % 11]}`,
      gender: i % 2 ? 'female' : 'male',
      position: 'Tổ trưởng tổ dân phố',
      unit: `Tổ dân phố số ${(i % 40) + 1}`,
      seat: `${String.fromCharCode(65 + (i % 20))}${(i % 30) + 1}`
    }))
  })
  const categories = await call<DelegateCategory[]>('listDelegateCategories', {
    eventId: event.id
  })
  await call('saveDelegateCategories', {
    eventId: event.id,
    categories: categories.map((c, i) => ({
      id: c.id,
      name: c.name,
      counted: c.counted,
      color: i ? '#F2C200' : '#B22222'
    }))
  })
  // the check-in key exists before the timed run, as it does after the first print
  await call('listCheckInCodes', { eventId: event.id })
  await service.close()
  return { dataDir, eventId: event.id }
}

function warm(args: string[]) {
  execFileSync('node', [join(repoRoot, 'bin', 'dais.cjs'), ...args], { stdio: 'ignore' })
}

function run(label: string, args: string[], target: string) {
  const runs: { seconds: number; peakMb: number; cpu: number }[] = []
  for (let i = 0; i < 3; i++) {
    const r = (() => {
      try {
        execFileSync(
          '/usr/bin/time',
          [
            '-f',
            'TIME %e %M %U %S',
            '-o',
            `${target}.time`,
            'node',
            join(repoRoot, 'bin', 'dais.cjs'),
            ...args
          ],
          { stdio: 'ignore' }
        )
      } catch (e) {
        throw new Error(`${label} failed: ${String(e)}`)
      }
      const [, s, kb, user, sys] = readFileSync(`${target}.time`, 'utf8').trim().split(/\s+/)
      return { seconds: Number(s), peakMb: Number(kb) / 1024, cpu: Number(user) + Number(sys) }
    })()
    runs.push(r)
  }
  runs.sort((a, b) => a.seconds - b.seconds)
  const median = runs[1]!
  console.log(
    `${label}: median ${median.seconds.toFixed(2)} s (best ${runs[0]!.seconds.toFixed(2)} s), CPU ${[...runs.map((r) => r.cpu)].sort((a, b) => a - b)[1]!.toFixed(2)} s, peak RSS ${median.peakMb.toFixed(0)} MB, ${(statSync(target).size / 1024).toFixed(0)} KB`
  )
}

async function main() {
  const { dataDir, eventId } = await dataFolder(1000)
  if (process.argv.includes('--keep')) {
    // a data folder to profile against: node --cpu-prof out/cli/dais.cjs cards --data-dir …
    console.log(JSON.stringify({ dataDir, eventId }))
    return
  }
  try {
    const common = ['--data-dir', dataDir, '--event', eventId]
    // a first run builds the CLI bundle if a source changed; not timed
    warm(['cards', ...common, '-o', join(dataDir, 'warm.pdf')])
    run(
      'dais cards, 1,000 cards 8-up (85.6 × 54 on A4 portrait) with QR',
      ['cards', ...common, '--orientation', 'portrait', '-o', join(dataDir, 'cards.pdf')],
      join(dataDir, 'cards.pdf')
    )
    run(
      'dais invitations, 1,000 one-page letters',
      [
        'invitations',
        ...common,
        '--number',
        '15',
        '--time',
        '07 giờ 30',
        '-o',
        join(dataDir, 'inv.pdf')
      ],
      join(dataDir, 'inv.pdf')
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

void main()
