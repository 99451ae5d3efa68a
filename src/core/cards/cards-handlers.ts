import type { cardsMethodNames } from '../../shared/cards/method-names'
import type { Delegate } from '../../shared/delegates/entities'
import { AppError } from '../../shared/result'
import { delegatesOf, requireEvent } from '../delegates'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { checkInCodes, ensureEventSecret, verifyCheckInCode } from './check-in'
import { cardSummary, layOutCards, prepareCards } from './card-batch'
import { renderCardSheets } from './card-sheets'
import { invitationHandlers } from './invitation-handlers'
import { createJobRegistry } from '../jobs/jobs'
import { renderNameTents, tableMembers } from './name-tents'
import { findProfile, findTemplate } from './card-batch'
import { delegateValues } from '../certificates'
import { createFontSet } from '../certificates'
import { categoriesOf } from '../delegates'

export function cardsHandlers(deps: FeatureDeps): HandlerGroup<typeof cardsMethodNames> {
  const { read, changes, ctx, emit } = deps
  const jobs = deps.jobs ?? createJobRegistry()
  const now = () => ctx.clock.now().toISOString()
  const random = ctx.randomBytes?.bind(ctx)

  /** The event's key, made (and saved) the first time codes are asked for. */
  const withSecret = async (eventId: string): Promise<DatabaseData> => {
    const data = read()
    requireEvent(data, eventId)
    if (data.delegates.checkInSecrets?.some((s) => s.eventId === eventId)) return data
    const title = data.events.find((e) => e.id === eventId)?.title ?? eventId
    await changes.apply({ entity: 'event', action: 'createCheckInKey' }, (draft) => {
      ensureEventSecret(draft, eventId, now(), random)
      return { value: null, entityId: eventId, subject: title, changes: [] }
    })
    return read()
  }

  const codesOf = (data: DatabaseData, eventId: string, delegates: readonly Delegate[]) => {
    const codes = checkInCodes(data, eventId, delegates)!
    return [...delegates]
      .sort((a, b) => a.number - b.number)
      .map((d) => ({ delegateId: d.id, number: d.number, code: codes.get(d.id)! }))
  }

  return {
    ...invitationHandlers(deps),
    async listCheckInCodes({ eventId }) {
      const data = await withSecret(eventId)
      return codesOf(data, eventId, delegatesOf(data, eventId))
    },
    async revokeCard({ delegateId, reason }) {
      const delegate = read().delegates.delegates.find((d) => d.id === delegateId)
      if (!delegate) throw new AppError('NOT_FOUND', `No delegate with id "${delegateId}"`)
      await withSecret(delegate.eventId)
      await changes.apply({ entity: 'delegate', action: 'revokeCard' }, (draft) => {
        draft.delegates.cardRevocations ??= []
        draft.delegates.cardRevocations.push({
          id: ctx.newId(),
          eventId: delegate.eventId,
          delegateId,
          reason: reason.normalize('NFC').trim(),
          revokedAt: now()
        })
        return {
          value: null,
          entityId: delegateId,
          subject: delegate.fullName,
          changes: [{ field: 'card', before: 'issued', after: 'revoked' }]
        }
      })
      return codesOf(read(), delegate.eventId, [delegate])[0]!
    },
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
    },
    verifyCheckInCode({ eventId, code }) {
      const data = read()
      requireEvent(data, eventId)
      return verifyCheckInCode(data, eventId, code)
    }
  }
}
