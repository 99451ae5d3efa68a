// First step of `npm test`: makes sure the system tools the tests drive are installed.
// The unit tests check PDFs with poppler (pdftoppm, pdftotext, pdffonts, pdfinfo) and qpdf; the end-to-end
// journeys run Debian's chromium-headless-shell; Chromium needs at least one font to lay out
// text. Missing tools are installed with apt-get when we run as root; otherwise we stop at once
// with the one command to run. Plain JavaScript on purpose: it runs before anything is built.
import { execFileSync, spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

function hasFonts() {
  if (!onPath('fc-list')) return false
  try {
    return execFileSync('fc-list', { encoding: 'utf8' }).trim() !== ''
  } catch {
    return false
  }
}

/** Debian packages to install, each with the reason the tests need it. */
function missingPackages() {
  const missing = []
  if (!existsSync(chromiumPath))
    missing.push(['chromium-headless-shell', `${chromiumPath} (e2e journeys)`])
  const poppler = ['pdftoppm', 'pdftotext', 'pdffonts', 'pdfinfo'].filter((c) => !onPath(c))
  if (poppler.length > 0) missing.push(['poppler-utils', `${poppler.join(', ')} (PDF checks)`])
  if (!onPath('qpdf')) missing.push(['qpdf', 'qpdf (text positions in the name tents)'])
  if (!hasFonts()) missing.push(['fontconfig fonts-liberation', 'a system font (Chromium)'])
  return missing
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  })
  if (result.status !== 0) {
    console.error(`ensure-test-tools: "${command} ${args.join(' ')}" failed.`)
    process.exit(1)
  }
}

const missing = missingPackages()
if (missing.length > 0) {
  const packages = missing.flatMap(([name]) => name.split(' '))
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`
  const why = missing.map(([name, reason]) => `  ${name}: ${reason}`).join('\n')
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  if (!root || process.platform !== 'linux' || !onPath('apt-get')) {
    console.error(`The tests need system packages that are not installed:\n${why}\n`)
    console.error(
      process.platform === 'linux' && onPath('apt-get')
        ? `Install them, then run npm test again:\n  sudo sh -c '${command}'`
        : 'Install their equivalents for your system (or set CHROMIUM_PATH), then run npm test again.'
    )
    process.exit(1)
  }
  console.log(`Installing what the tests need:\n${why}`)
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages])
  const still = missingPackages()
  if (still.length > 0) {
    console.error(`Still missing after apt-get: ${still.map(([n]) => n).join(', ')}`)
    process.exit(1)
  }
}
