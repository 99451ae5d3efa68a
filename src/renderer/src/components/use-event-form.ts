import { computed, reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import type { FormItemRule } from 'element-plus/es/components/form/index.mjs'
import type { EventFields, EventKind } from '@shared/entities'
import { cleanOptional, cleanText } from '../text-input'

/** What the event dialog edits: years and the time as typed, the rest as stored. */
export interface EventFormModel {
  title: string
  kind: EventKind
  periodFrom: string
  periodTo: string
  launchFrom: string
  launchTo: string
  date: string | null
  startTime: string
  venue: string
  organiser: string
}

const blank = (): EventFormModel => ({
  title: '',
  kind: 'congress',
  periodFrom: '',
  periodTo: '',
  launchFrom: '',
  launchTo: '',
  date: null,
  startTime: '',
  venue: '',
  organiser: ''
})

const yearPattern = /^\d{4}$/
const timePattern = /^([01]?\d|2[0-3]):[0-5]\d$/
/** "7:30" → "07:30"; the contract wants HH:MM. */
const padTime = (v: string) => (/^\d:/.test(v) ? `0${v}` : v)

const validYear = (value: string) => {
  const v = value.trim()
  if (!v) return true
  const n = Number(v)
  return yearPattern.test(v) && n >= 1900 && n <= 2200
}

/** The event dialog's model, its field rules, and the fields it submits. */
export function useEventForm() {
  const { t } = useI18n()
  const model = reactive<EventFormModel>(blank())

  /** Fills the form from an event, or empties it for a new one. */
  function fill(init: EventFields | null): void {
    Object.assign(
      model,
      init
        ? {
            title: init.title,
            kind: init.kind,
            periodFrom: init.periodFrom?.toString() ?? '',
            periodTo: init.periodTo?.toString() ?? '',
            launchFrom: init.launchFrom?.toString() ?? '',
            launchTo: init.launchTo?.toString() ?? '',
            date: init.date,
            startTime: init.startTime ?? '',
            venue: init.venue,
            organiser: init.organiser
          }
        : blank()
    )
  }

  const yearRule: FormItemRule = {
    validator: (_r, value: string, cb) =>
      validYear(value) ? cb() : cb(new Error(t('eventForm.errors.year'))),
    trigger: 'blur'
  }
  /** "Đến năm" not before its "Từ năm". */
  const orderRule = (fromOf: () => string): FormItemRule => ({
    validator: (_r, value: string, cb) => {
      const from = fromOf().trim()
      const to = value.trim()
      if (from && to && validYear(from) && validYear(to) && Number(to) < Number(from))
        return cb(new Error(t('eventForm.errors.periodOrder')))
      cb()
    },
    trigger: 'blur'
  })

  const rules = computed<Partial<Record<keyof EventFormModel, FormItemRule[]>>>(() => ({
    title: [
      {
        validator: (_r, value: string, cb) =>
          cleanText(value) ? cb() : cb(new Error(t('eventForm.errors.titleRequired'))),
        trigger: 'blur'
      },
      { max: 300, message: t('eventForm.errors.tooLong', { max: 300 }), trigger: 'blur' }
    ],
    periodFrom: [yearRule],
    periodTo: [yearRule, orderRule(() => model.periodFrom)],
    launchFrom: [yearRule],
    launchTo: [yearRule, orderRule(() => model.launchFrom)],
    startTime: [
      {
        validator: (_r, value: string, cb) => {
          const v = value.trim()
          if (v && !timePattern.test(v)) return cb(new Error(t('eventForm.errors.time')))
          cb()
        },
        trigger: 'blur'
      }
    ],
    venue: [{ max: 300, message: t('eventForm.errors.tooLong', { max: 300 }), trigger: 'blur' }],
    organiser: [{ max: 300, message: t('eventForm.errors.tooLong', { max: 300 }), trigger: 'blur' }]
  }))

  function toFields(): EventFields {
    const year = (v: string) => (v.trim() ? Number(v.trim()) : null)
    return {
      title: cleanText(model.title),
      kind: model.kind,
      periodFrom: year(model.periodFrom),
      periodTo: year(model.periodTo),
      launchFrom: year(model.launchFrom),
      launchTo: year(model.launchTo),
      date: model.date || null,
      startTime: cleanOptional(padTime(model.startTime.trim())),
      venue: cleanText(model.venue),
      organiser: cleanText(model.organiser)
    }
  }

  return { model, fill, rules, toFields }
}
