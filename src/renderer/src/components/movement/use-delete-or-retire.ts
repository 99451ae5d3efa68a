import { useI18n } from 'vue-i18n'
import type { RecordUses } from '@shared/movement/record-uses'
import { ApiError } from '../../api'
import { useNotify } from '../../use-notify'

type T = (key: string, values?: Record<string, unknown>) => string

/** "“Tổ dân phố văn hóa” is used by: registrations and results of 2025 (12), 2026 (11)." */
export function usesText(t: T, name: string, uses: RecordUses): string {
  const where = [
    uses.registrations.length > 0 &&
      t('movement.uses.registrations', {
        years: uses.registrations.map((r) => `${r.year} (${r.count})`).join(', ')
      }),
    uses.tallies.length > 0 && t('movement.uses.tallies', { years: uses.tallies.join(', ') }),
    uses.targets.length > 0 &&
      t('movement.uses.targets', { targets: uses.targets.map((x) => `“${x}”`).join('; ') }),
    uses.proposals.length > 0 &&
      t('movement.uses.proposals', {
        list: uses.proposals
          .map((p) =>
            p.number
              ? t('movement.uses.proposal', p)
              : t('movement.uses.proposalNoNumber', { year: p.year })
          )
          .join(', ')
      })
  ].filter((x): x is string => typeof x === 'string')
  return t('movement.uses.intro', { name, where: where.join('; ') })
}

const usesOf = (error: unknown): RecordUses | null =>
  error instanceof ApiError && error.code === 'CONFLICT'
    ? ((error.details as { uses?: RecordUses } | undefined)?.uses ?? null)
    : null

/**
 * Deleting a title or a unit, the one way for both: asked first; when the record is in use the
 * answer names where, and offers to retire it instead (hidden from new entries, kept for history).
 */
export function useDeleteOrRetire(messages: 'titles' | 'units') {
  const { t } = useI18n()
  const notify = useNotify()
  const key = (k: string) => `movement.${messages}.${k}`

  return async function deleteOrRetire(options: {
    name: string
    remove: () => Promise<unknown>
    retire: () => Promise<unknown>
  }): Promise<void> {
    const { ElMessageBox } = await import('element-plus/es/components/message-box/index.mjs')
    const { name } = options
    try {
      await ElMessageBox.confirm(t(key('confirmDelete'), { name }), t(key('confirmTitle')), {
        type: 'warning',
        confirmButtonText: t(key('delete')),
        cancelButtonText: t('movement.uses.close'),
        confirmButtonClass: 'el-button--danger'
      })
    } catch {
      return
    }
    try {
      await options.remove()
      notify.success(t(key('deleted'), { name }))
      return
    } catch (error) {
      const uses = usesOf(error)
      if (!uses) return notify.error(error)
      try {
        await ElMessageBox.confirm(
          `${usesText(t, name, uses)} ${t(key('retireOffer'))}`,
          t('movement.uses.title'),
          {
            type: 'warning',
            confirmButtonText: t(key('retire')),
            cancelButtonText: t('movement.uses.close')
          }
        )
      } catch {
        return
      }
    }
    try {
      await options.retire()
      notify.success(t(key('retiredDone'), { name }))
    } catch (error) {
      notify.error(error)
    }
  }
}
