import { build } from 'esbuild'
import { resolve } from 'node:path'

const root = resolve(__dirname, '..')

/**
 * Browser mode as one plain-Node bundle (out/node/web-start.cjs), so starting it does not pay
 * for compiling TypeScript on the fly.
 */
async function buildNodeEntries(): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: { 'web-start': 'src/web/start.ts' },
    outdir: 'out/node',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Libraries that read their own data files at run time (pdfkit's ICC profile and AFM
    // metrics, fontkit's tables, exceljs's templates) stay in node_modules, as in the desktop build.
    external: ['pdfkit', 'fontkit', 'exceljs', 'papaparse', 'iconv-lite', 'fflate'],
    sourcemap: true,
    logLevel: 'warning'
  })
}

buildNodeEntries().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
