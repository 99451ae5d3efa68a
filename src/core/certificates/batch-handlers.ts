import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { CertificateBatchRequest } from '@shared/certificates/contract'
import type { FileOut } from '@shared/contract-part'
import { AppError } from '@shared/result'
import type { FeatureDeps } from '../feature-deps'
import { createJobRegistry } from '../jobs/jobs'
import { checkBatch, renderBatch } from './batch'
import { certificateOrder } from './certificate-order'
import { safeChildPath } from '../safe-path'
import { fileOut, fileStem, pdfType } from './certificate-files'
import { batchItems } from './certificate-subjects'
import { assertTemplateImages, findProfile, findTemplate, fontsOf } from './template-rules'
import type { Handlers } from '../dispatch'

/** Certificate batches of a decision: their order, a check before printing, the render job. */
export function batchHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'certificateOrder' | 'checkCertificateBatch' | 'renderCertificateBatch' | 'cancelJob'
> {
  const { read, ctx, emit } = deps
  const now = () => ctx.clock.now().toISOString()
  const jobs = deps.jobs ?? createJobRegistry()

  async function renderCertificateBatch(req: CertificateBatchRequest): Promise<FileOut> {
    const data = read()
    const template = findTemplate(ctx, data, req.templateId)
    assertTemplateImages(template)
    const profile = findProfile(data, req.profileId)
    const fonts = fontsOf(ctx, data)
    const { decision, items } = batchItems(
      data,
      req.decisionId,
      template.language ?? 'vi',
      req.only
    )
    if (items.length === 0)
      throw new AppError('INCOMPLETE', 'The decision has no honorees to print.')
    const ext = req.output === 'zip' ? 'zip' : 'pdf'
    const stamp = now().replace(/[:.]/g, '-')
    const fileName = `${fileStem(`Giay khen ${decision.number || decision.id}${req.plainPaperTest ? ' (ban in thu)' : ''}`)}.${ext}`
    const targetPath = safeChildPath(
      join(ctx.dataDir, 'exports'),
      `${stamp}-${req.jobId}-${fileName}`,
      'job id or file name'
    )
    const label = `Giấy khen ${decision.number ? `QĐ ${decision.number}` : ''}`.trim()
    await jobs.run(req.jobId, (job) =>
      renderBatch({
        template,
        fonts,
        profile,
        plainPaperTest: req.plainPaperTest,
        items,
        output: req.output,
        ...(req.namePattern ? { namePattern: req.namePattern } : {}),
        title: template.name,
        creationDate: ctx.clock.now(),
        targetPath,
        signal: job.signal,
        onProgress: (done, total) =>
          emit({ type: 'progress', payload: { jobId: req.jobId, label, done, total } }),
        check: { confirmOverflow: req.confirmOverflow }
      })
    )
    // The file only staged the stream; the caller gets the bytes and saves or opens them.
    const bytes = await readFile(targetPath)
    await rm(targetPath, { force: true })
    return fileOut(fileName, req.output === 'zip' ? 'application/zip' : pdfType, bytes)
  }

  return {
    certificateOrder: ({ decisionId }) => certificateOrder(read(), decisionId),
    checkCertificateBatch: ({ decisionId, templateId, profileId, only }) => {
      const data = read()
      const template = findTemplate(ctx, data, templateId)
      const { items } = batchItems(data, decisionId, template.language ?? 'vi', only)
      assertTemplateImages(template)
      const problems = checkBatch(
        {
          template,
          fonts: fontsOf(ctx, data),
          profile: findProfile(data, profileId),
          plainPaperTest: false
        },
        items
      )
      return { count: items.length, problems }
    },
    renderCertificateBatch,
    cancelJob: ({ jobId }) => ({ cancelled: jobs.cancel(jobId) })
  }
}
