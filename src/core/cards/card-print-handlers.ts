import { AppError } from '@shared/result'
import { categoriesOf, delegatesOf, requireEvent } from '../delegates'
import { createFontSet, delegateValues } from '../certificates'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { createJobRegistry } from '../jobs/jobs'
import { cardSummary, findProfile, findTemplate, layOutCards, prepareCards } from './card-batch'
import { renderCardSheets } from './card-sheets'
import { checkInKey } from './check-in-key'
import { renderNameTents, tableMembers } from './name-tents'

/** Delegate cards (checked, then printed as a job) and the presidium's name tents. */
export function cardPrintHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'checkDelegateCards' | 'renderDelegateCards' | 'renderNameTents'> {
  const { read, ctx, emit } = deps
  const jobs = deps.jobs ?? createJobRegistry()
  const { withSecret } = checkInKey(deps)
  return {
    checkDelegateCards(req) {
      const job = prepareCards(read(), ctx, req)
      return {
        ...cardSummary(job),
        problems: layOutCards(job).problems,
        greyscaleClashes: job.greyscaleClashes
      }
    },
    async renderDelegateCards(req) {
      const data = await withSecret(req.eventId)
      const job = prepareCards(data, ctx, req)
      cardSummary(job)
      const { layouts, problems } = layOutCards(job)
      const glyphs = problems.filter((p) => p.kind === 'glyphs')
      const overflow = problems.filter((p) => p.kind === 'overflow')
      if (glyphs.length || (overflow.length && !req.confirmOverflow)) {
        throw new AppError(
          'INCOMPLETE',
          glyphs.length
            ? `${glyphs.length} text(s) contain characters the font cannot print; nothing was printed.`
            : `${overflow.length} text(s) do not fit their box even at the minimum size; confirm to print anyway.`,
          { problems: [...glyphs, ...overflow] }
        )
      }
      const event = data.events.find((e) => e.id === req.eventId)!
      const sheets = (signal?: AbortSignal) =>
        renderCardSheets({
          ...job,
          layouts,
          title: `Thẻ đại biểu — ${event.title}`,
          creationDate: ctx.clock.now(),
          ...(signal ? { signal } : {}),
          ...(req.jobId
            ? {
                onProgress: (done: number, total: number) =>
                  emit({
                    type: 'progress',
                    payload: { jobId: req.jobId!, label: 'Thẻ đại biểu', done, total }
                  })
              }
            : {})
        })
      const { pdf } = req.jobId
        ? await jobs.run(req.jobId, (j) => sheets(j.signal))
        : await sheets()
      return {
        fileName: `The dai bieu${req.delegateIds ? ` (${job.delegates.length})` : ''}.pdf`,
        contentType: 'application/pdf',
        contentBase64: pdf.toString('base64')
      }
    },
    async renderNameTents(req) {
      const data = read()
      requireEvent(data, req.eventId)
      const event = data.events.find((e) => e.id === req.eventId)!
      const template = findTemplate(
        data,
        ctx.resourcesDir,
        req.templateId ?? 'builtin-tent-a4',
        'nameTent'
      )
      const all = delegatesOf(data, req.eventId)
      const members = req.delegateIds
        ? req.delegateIds.map((id) => {
            const d = all.find((x) => x.id === id)
            if (!d) throw new AppError('NOT_FOUND', `No delegate with id "${id}" in this event`)
            return d
          })
        : tableMembers(all)
      if (members.length === 0)
        throw new AppError(
          'INCOMPLETE',
          'No delegate is marked as presidium or secretariat; mark them, or choose delegates.'
        )
      const categories = categoriesOf(data, req.eventId)
      const pdf = await renderNameTents({
        template,
        fonts: createFontSet(ctx.resourcesDir, ctx.dataDir, data.certificates.fonts),
        profile: findProfile(data, req.profileId),
        subjects: members.map((d) => ({
          honoreeId: d.id,
          kind: 'individual',
          values: delegateValues(d, {
            organisation: data.organisation,
            event,
            category: categories.find((c) => c.id === d.categoryId) ?? null,
            checkInCode: ''
          })
        })),
        title: `Biển tên — ${event.title}`,
        creationDate: ctx.clock.now()
      })
      return {
        fileName: 'Bien ten.pdf',
        contentType: 'application/pdf',
        contentBase64: pdf.toString('base64')
      }
    }
  }
}
