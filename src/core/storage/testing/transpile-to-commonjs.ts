import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

/**
 * Transpiles real sources to CommonJS under `outDir`, keeping their place relative to `repoRoot`,
 * for child processes run by plain node. An `@shared/…` import becomes the relative path of the
 * transpiled shared file, which must be among `sources`.
 */
export async function transpileToCommonJs(
  sources: string[],
  outDir: string,
  repoRoot: string
): Promise<void> {
  const sharedOut = join(outDir, 'src', 'shared')
  for (const source of sources) {
    const output = ts.transpileModule(await readFile(source, 'utf8'), {
      fileName: source,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true
      }
    })
    const target = join(outDir, relative(repoRoot, source)).replace(/\.ts$/, '.js')
    const fromTarget = (path: string) => {
      const rel = relative(dirname(target), join(sharedOut, path))
      return rel.startsWith('.') ? rel : `./${rel}`
    }
    const text = output.outputText.replace(
      /require\((["'])@shared\/([^"']+)\1\)/g,
      (_, quote: string, path: string) => `require(${quote}${fromTarget(path)}${quote})`
    )
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, text)
  }
}
