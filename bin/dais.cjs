#!/usr/bin/env node
// The `dais` command. In a source checkout it first rebuilds the bundle if a source changed
// (esbuild, about a second); otherwise it loads out/cli/dais.cjs directly: nothing is compiled.
//
// V8 spends a good part of a short command compiling the 1.8 MB bundle, so the compiled code is
// kept beside it, one cache per command (the functions that command ran), written by the first run
// and used by the next. A cache is only used for the very bundle it was made from: its header
// names the bundle's size and modification time (V8 itself checks only the source's length).
const { existsSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs')
const { dirname, join } = require('node:path')
const Module = require('node:module')
const vm = require('node:vm')

// A command lives for a second or so: V8's optimising compiler, tuned for long-running pages,
// spends more CPU compiling the layout, XLSX and zod functions (on its background threads) than
// their optimised code saves before the process exits. Eight times the default budget before a
// function is optimised cut `dais certificates` (1,000 honorees) by ~25 % CPU; the QR encoder
// and other truly hot loops still get optimised. Set before the bundle is compiled, in every
// run, because V8 keys its code cache to its flags (a cache made without the flag is rejected
// once and rewritten).
require('node:v8').setFlagsFromString('--interrupt-budget=540672')

const root = join(__dirname, '..')
const bundle = join(root, 'out', 'cli', 'dais.cjs')
const builder = join(root, 'scripts', 'cli-bundle.cjs')
if (existsSync(builder)) {
  const { cliBundleStale, buildCliBundle } = require(builder)
  if (cliBundleStale()) buildCliBundle()
}

/** Runs the bundle as a CommonJS module, compiled from `cached` when that is V8's code for it. */
function runBundle(source, cached) {
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData: cached
  })
  const mod = new Module(bundle, module)
  mod.filename = bundle
  mod.paths = Module._nodeModulePaths(dirname(bundle))
  const wrapper = script.runInThisContext()
  wrapper.call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, dirname(bundle))
  return script
}

function cacheFor(args) {
  const command = args.find((a) => /^[a-z][a-z-]{0,40}$/.test(a)) ?? 'none'
  const { size, mtimeMs } = statSync(bundle)
  return { file: join(dirname(bundle), 'v8-cache', `${command}.bin`), key: `${size}:${mtimeMs}\n` }
}

function readCache({ file, key }) {
  try {
    const bytes = readFileSync(file)
    return bytes.subarray(0, key.length).toString('latin1') === key
      ? bytes.subarray(key.length)
      : undefined
  } catch {
    return undefined
  }
}

function writeCache({ file, key }, script) {
  try {
    const { mkdirSync } = require('node:fs')
    mkdirSync(dirname(file), { recursive: true })
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]))
    renameSync(tmp, file)
  } catch {
    // a folder the user may not write (an installed copy): the next run compiles again
  }
}

{
  const cache = cacheFor(process.argv.slice(2))
  const cached = readCache(cache)
  const bytes = readFileSync(bundle)
  // the build makes the bundle ASCII (scripts/cli-bundle.cjs): Latin-1 reads it without decoding
  const source = require('node:buffer').isAscii(bytes) ? bytes.toString('latin1') : String(bytes)
  let script
  process.once('exit', () => {
    if (script && (!cached || script.cachedDataRejected)) writeCache(cache, script)
  })
  script = runBundle(source, cached)
}
