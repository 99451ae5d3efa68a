// The `dais` command as one plain-Node bundle (out/cli/dais.cjs), as browser mode is built by
// build-node.ts. bin/dais.cjs rebuilds it when a source it was built from has changed; `node
// scripts/cli-bundle.cjs` builds it outright (part of `npm run build`). Plain JavaScript so the
// launcher can use it without compiling anything.
const { existsSync, readFileSync, statSync, writeFileSync } = require('node:fs')
const { join, relative } = require('node:path')

const root = join(__dirname, '..')
const bundle = join(root, 'out', 'cli', 'dais.cjs')
const inputsFile = join(root, 'out', 'cli', 'inputs.json')

/**
 * npm rewrites this file whenever it changes what is installed, so one look at it stands for the
 * hundred library files in the bundle (each `dais` run checks its inputs: a stat costs).
 */
const installed = 'node_modules/.package-lock.json'

/** True when the bundle is missing or older than any file it was built from. */
function cliBundleStale() {
  let built
  let inputs
  try {
    built = statSync(bundle).mtimeMs
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'))
  } catch {
    return true
  }
  const prefix = `${root}/`
  for (const file of inputs) {
    const stat = statSync(prefix + file, { throwIfNoEntry: false })
    if (!stat || stat.mtimeMs > built) return true
  }
  return false
}

/**
 * esbuild escapes what is not ASCII in strings but leaves it in comments and regular
 * expressions. Escaped there too (\\uXXXX means the same character in a regular expression), the
 * bundle is ASCII, so the launcher reads it as Latin-1: a one-byte string made without decoding,
 * half the memory of the two-byte string a single "đ" would force on the whole 1.9 MB source.
 * (Source map columns after an escape on the same line shift by a few characters.)
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8')
  if (!/[^\x00-\x7f]/.test(source)) return
  const escaped = source.replace(/[^\x00-\x7f]/g, (c, at) => {
    if (source[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at ${at}`)
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
  writeFileSync(file, escaped)
}

function buildCliBundle() {
  const { buildSync } = require('esbuild')
  const result = buildSync({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // `import('exceljs')` becomes a require: bin/dais.cjs runs the bundle as a vm.Script (for V8's
    // code cache), where a real dynamic import would need an experimental loader
    supported: { 'dynamic-import': false },
    // Libraries that read their own data files at run time stay in node_modules (see build-node.ts).
    external: ['pdfkit', 'fontkit', 'exceljs', 'papaparse', 'iconv-lite', 'fflate'],
    sourcemap: true,
    metafile: true,
    logLevel: 'warning'
  })
  asciiOnly(bundle)
  const libraries = existsSync(join(root, installed)) ? [installed] : []
  const sources = Object.keys(result.metafile.inputs)
  const inputs = [
    ...(libraries.length ? sources.filter((f) => !f.startsWith('node_modules/')) : sources),
    ...libraries,
    relative(root, __filename),
    'package.json'
  ]
  writeFileSync(inputsFile, JSON.stringify(inputs))
}

module.exports = { bundle, cliBundleStale, buildCliBundle }

if (require.main === module) buildCliBundle()
