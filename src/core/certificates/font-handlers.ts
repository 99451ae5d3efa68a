import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { UserFont } from '@shared/certificates/entities'
import { AppError } from '@shared/result'
import { normalizeText } from '@shared/text'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { checkUserFont, bundledFamilies, userFontPath } from './fonts'
import { fontsOf } from './template-rules'
import type { Handlers } from '../dispatch'

/** Fonts: the bundled families and those the office adds. */
export function fontHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'listFonts' | 'addFont' | 'deleteFont'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  return {
    listFonts: () => fontsOf(ctx, read()).list(),
    addFont: async ({ family, style, file }) => {
      const name = normalizeText(family)
      if (bundledFamilies.some((b) => b.toLowerCase() === name.toLowerCase())) {
        throw new AppError('CONFLICT', `${name} is a bundled font; give your font another name.`)
      }
      const bytes = Buffer.from(file.contentBase64, 'base64')
      const { sha256 } = checkUserFont(bytes, file.fileName)
      const target = userFontPath(ctx.dataDir, sha256)
      await mkdir(join(ctx.dataDir, 'fonts'), { recursive: true })
      await writeFile(`${target}.tmp`, bytes)
      await rename(`${target}.tmp`, target)
      const data = read()
      const existing = data.certificates.fonts.find(
        (f) => f.family.toLowerCase() === name.toLowerCase() && f.style === style
      )
      const font: UserFont = {
        id: existing?.id ?? ctx.newId(),
        family: name,
        style,
        fileName: file.fileName.normalize('NFC'),
        sha256,
        addedAt: now()
      }
      return changes.apply({ entity: 'font', action: existing ? 'replace' : 'add' }, (draft) => {
        const list = draft.certificates.fonts
        const i = list.findIndex((f) => f.id === font.id)
        if (i >= 0) list[i] = font
        else list.push(font)
        return {
          value: { family: font.family, style: font.style, builtIn: false, id: font.id },
          entityId: font.id,
          subject: `${font.family} (${font.style})`,
          changes: diffFields(existing, font)
        }
      })
    },
    deleteFont: ({ id }) => {
      const f = read().certificates.fonts.find((x) => x.id === id)
      if (!f) throw new AppError('NOT_FOUND', `Font ${id} not found.`)
      return changes.apply({ entity: 'font', action: 'delete' }, (draft) => {
        draft.certificates.fonts = draft.certificates.fonts.filter((x) => x.id !== id)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: `${f.family} (${f.style})`,
          changes: []
        }
      })
    }
  }
}
