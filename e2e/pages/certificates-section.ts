import type { Locator, Page } from '@playwright/test'

/** The event's "In giấy khen" tab. */
export class CertificatesSection {
  readonly root: Locator
  readonly decision: Locator
  readonly template: Locator
  readonly profile: Locator
  readonly checkButton: Locator
  readonly printButton: Locator
  readonly cancelButton: Locator
  readonly progress: Locator
  readonly saveButton: Locator
  readonly openButton: Locator
  readonly order: Locator
  readonly problems: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'In giấy khen' })
    this.decision = this.root.getByRole('combobox', { name: 'Quyết định khen thưởng' })
    this.template = this.root.getByRole('combobox', { name: 'Mẫu giấy khen' })
    this.profile = this.root.getByRole('combobox', { name: 'Máy in' })
    this.checkButton = this.root.getByRole('button', { name: 'Kiểm tra', exact: true })
    this.printButton = this.root.getByRole('button', { name: /^Tạo tệp giấy khen \(\d+\)$/ })
    this.cancelButton = this.root.getByRole('button', { name: 'Hủy', exact: true })
    this.progress = this.root.getByRole('progressbar')
    this.saveButton = this.root.getByRole('button', { name: 'Lưu tệp', exact: true })
    this.openButton = this.root.getByRole('button', { name: 'Mở', exact: true })
    this.order = this.root.getByRole('table', { name: /^Thứ tự in/ })
    this.problems = this.root.getByRole('region', { name: 'Các vấn đề cần xem lại' })
  }

  /** Picks an option of an Element Plus select by its visible text. */
  async choose(select: Locator, option: string): Promise<void> {
    // The combobox input sits inside Element Plus's wrapper, which takes the click.
    await select.locator('xpath=ancestor::div[contains(@class,"el-select__wrapper")][1]').click()
    await this.page
      .getByRole('option', { name: option, exact: true })
      .and(this.page.locator(':visible'))
      .click()
  }

  /** Ticks a row of the order; Element Plus hides the real checkbox under its drawn box. */
  async selectRow(position: number): Promise<void> {
    await this.orderRow(position).getByRole('checkbox').locator('..').click()
  }

  orderRow(position: number): Locator {
    return this.order.getByRole('row').nth(position)
  }

  /** The names in the order table, top to bottom. */
  async orderNames(): Promise<string[]> {
    const rows = this.order.locator('tbody tr')
    const names = await rows.locator('td:nth-child(3)').allTextContents()
    return names.map((n) => n.trim())
  }
}
