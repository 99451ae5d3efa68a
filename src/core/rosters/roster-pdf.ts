import type { FileOut } from '../../shared/contract-part'
import type { RosterPrintOptions } from '../../shared/rosters/entities'
import { AppError } from '../../shared/result'
import type { AppContext } from '../app-context'
import type { DatabaseData } from '../schema/database-schema'

export async function renderRosterPdf(
  data: DatabaseData,
  ctx: AppContext,
  args: { rosterId: string; version?: number; options: RosterPrintOptions }
): Promise<FileOut> {
  void data
  void ctx
  void args
  throw new AppError('INTERNAL', 'PDF printing is not ready yet')
}
