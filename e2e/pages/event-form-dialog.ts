import { expect, type Locator, type Page } from '@playwright/test'

export type EventKindLabel = 'Đại hội' | 'Hội nghị' | 'Lễ'

export interface EventFormValues {
  title?: string
  kind?: EventKindLabel
  periodFrom?: string
  periodTo?: string
  launchFrom?: string
  launchTo?: string
  /** DD/MM/YYYY, typed into the date field. */
  date?: string
  startTime?: string
  venue?: string
  organiser?: string
}

/** The create/edit event dialog ("Tạo sự kiện" / "Sửa sự kiện"). */
export class EventFormDialog {
  readonly root: Locator

  constructor(
    readonly page: Page,
    readonly mode: 'create' | 'edit' = 'create'
  ) {
    this.root = page.getByRole('dialog', {
      name: mode === 'create' ? 'Tạo sự kiện' : 'Sửa sự kiện'
    })
  }

  field(label: string): Locator {
    return this.root.getByLabel(label)
  }

  get title(): Locator {
    return this.field('Tên sự kiện')
  }

  get submitButton(): Locator {
    return this.root.getByRole('button', {
      name: this.mode === 'create' ? 'Tạo' : 'Lưu',
      exact: true
    })
  }

  get cancelButton(): Locator {
    return this.root.getByRole('button', { name: 'Hủy', exact: true })
  }

  /** A validation message shown under a field. */
  message(text: string | RegExp): Locator {
    return this.root.getByText(text)
  }

  /** The button under a field that replaces a suspect character, e.g. "Sửa thành Đ". */
  suspectFix(letter: string): Locator {
    return this.root.getByRole('button', { name: `Sửa thành ${letter}`, exact: true })
  }

  async fill(values: EventFormValues): Promise<void> {
    await expect(this.root).toBeVisible()
    if (values.title !== undefined) await this.title.fill(values.title)
    if (values.kind)
      await this.root.getByRole('radio', { name: values.kind }).check({ force: true })
    if (values.periodFrom !== undefined) await this.field('Tổng kết từ năm').fill(values.periodFrom)
    if (values.periodTo !== undefined) await this.field('Tổng kết đến năm').fill(values.periodTo)
    if (values.launchFrom !== undefined)
      await this.field('Phát động từ năm').fill(values.launchFrom)
    if (values.launchTo !== undefined) await this.field('Phát động đến năm').fill(values.launchTo)
    if (values.date !== undefined) {
      const date = this.root.getByRole('textbox', { name: 'Ngày tổ chức' })
      await date.fill(values.date)
      // Tab commits the typed date; Enter would also submit the form.
      await date.press('Tab')
      await expect(date).toHaveValue(values.date)
    }
    if (values.startTime !== undefined) await this.field('Giờ bắt đầu').fill(values.startTime)
    if (values.venue !== undefined) await this.field('Địa điểm').fill(values.venue)
    if (values.organiser !== undefined) await this.field('Đơn vị tổ chức').fill(values.organiser)
  }

  async submit(): Promise<void> {
    await this.submitButton.click()
  }
}
