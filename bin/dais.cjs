#!/usr/bin/env node
// The `dais` command. In a source checkout it first rebuilds the bundle if a source changed
// (esbuild, about a second); otherwise it loads out/cli/dais.cjs directly: nothing is compiled.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const root = join(__dirname, '..')
const builder = join(root, 'scripts', 'cli-bundle.cjs')
if (existsSync(builder)) {
  const { cliBundleStale, buildCliBundle } = require(builder)
  if (cliBundleStale()) buildCliBundle()
}
require(join(root, 'out', 'cli', 'dais.cjs'))
