import type { Locator, Page } from '@playwright/test'

/** The event's "Thẻ & giấy mời" tab: categories, cards, name tents, invitations, labels. */
export class CardsSection {
  readonly root: Locator
  readonly template: Locator
  readonly printButton: Locator
  readonly saveButton: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Thẻ, biển tên và giấy mời' })
    this.template = this.root.getByRole('combobox', { name: 'Mẫu thẻ' })
    this.printButton = this.root.getByRole('button', { name: /^In thẻ cho \d+ đại biểu$/ })
    this.saveButton = this.root.getByRole('button', { name: 'Lưu tệp', exact: true })
  }

  tab(name: string): Locator {
    return this.root.getByRole('tab', { name, exact: true })
  }

  /** A sub-tab's panel: "Thẻ đại biểu", "Biển tên"… */
  panel(name: string): Locator {
    return this.root.getByRole('region', { name, exact: true })
  }

  /** The colour input of a delegate category. */
  colour(category: string): Locator {
    return this.root.getByLabel(`Màu thẻ ${category}`, { exact: true })
  }

  /** Picks an option of an Element Plus select by its visible text. */
  async choose(select: Locator, option: string): Promise<void> {
    await select.locator('xpath=ancestor::div[contains(@class,"el-select__wrapper")][1]').click()
    await this.page
      .getByRole('option', { name: option, exact: true })
      .and(this.page.locator(':visible'))
      .click()
  }

  /** Ticks a delegate in the reprint list by number; Element Plus draws over the real box. */
  async chooseForReprint(number: number): Promise<void> {
    const row = this.root
      .getByRole('region', { name: 'In lại thẻ đã chọn' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(number), exact: true }) })
    await row.getByRole('checkbox').locator('..').click()
  }
}
