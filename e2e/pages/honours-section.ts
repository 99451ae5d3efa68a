import { expect, type Locator, type Page } from '@playwright/test'

export type HonoursTab = 'Đối tượng' | 'Quyết định' | 'Sổ khen thưởng' | 'Tiền thưởng'

/** The event's "Khen thưởng" tab and its four sub-tabs. */
export class HonoursSection {
  readonly tab: Locator
  readonly addHonoreeButton: Locator
  readonly importButton: Locator
  readonly honoreeSearch: Locator
  readonly honoreesTable: Locator
  readonly newDecisionButton: Locator
  readonly issueButton: Locator
  readonly downloadPdfButton: Locator
  readonly registerSearch: Locator
  readonly registerTable: Locator
  readonly registerExportButton: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.tab = main.getByRole('tab', { name: 'Khen thưởng', exact: true })
    this.addHonoreeButton = main.getByRole('button', { name: 'Thêm đối tượng', exact: true })
    this.importButton = main.getByRole('button', { name: 'Nhập từ Excel/CSV', exact: true })
    this.honoreeSearch = main.getByRole('textbox', { name: 'Tìm theo tên, chức vụ, địa chỉ' })
    this.honoreesTable = main.getByRole('region', { name: 'Đối tượng' })
    this.newDecisionButton = main.getByRole('button', { name: 'Tạo quyết định', exact: true })
    this.issueButton = main.getByRole('button', { name: 'Ban hành', exact: true })
    this.downloadPdfButton = main.getByRole('button', { name: 'Tải quyết định (PDF)' })
    this.registerSearch = main.getByRole('textbox', { name: 'Tìm theo tên hoặc số sổ' })
    this.registerTable = main.getByRole('region', { name: 'Sổ khen thưởng' })
    this.registerExportButton = main.getByRole('button', { name: 'Xuất Excel', exact: true })
  }

  async open(sub: HonoursTab = 'Đối tượng'): Promise<void> {
    await this.tab.click()
    await this.subTab(sub).click()
  }

  subTab(name: HonoursTab): Locator {
    return this.page.getByRole('main').getByRole('tab', { name, exact: true })
  }

  /** A decision form field by its label. */
  field(label: string): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: true })
  }

  /** One kind group of the open decision: "Tập thể", "Cá nhân", "Hộ gia đình". */
  group(name: string): Locator {
    return this.page.getByRole('main').getByRole('region', { name, exact: true })
  }

  /** The name lines of a group, in protocol order. */
  async groupOrder(name: string): Promise<string[]> {
    return this.group(name).locator('li .line').allInnerTexts()
  }

  honoreeDialog(): Locator {
    return this.page.getByRole('dialog', { name: /đối tượng khen thưởng/ })
  }

  /** Adds one honoree through the form. */
  async addHonoree(values: {
    kind: 'Tập thể' | 'Cá nhân' | 'Hộ gia đình'
    name: string
    gender?: 'Nam' | 'Nữ'
    position?: string
  }): Promise<void> {
    await this.addHonoreeButton.click()
    const dialog = this.honoreeDialog()
    await dialog.getByRole('radio', { name: values.kind, exact: true }).check({ force: true })
    await dialog.getByRole('textbox', { name: 'Tên tập thể / Họ và tên' }).fill(values.name)
    if (values.gender)
      await dialog.getByRole('radio', { name: values.gender, exact: true }).check({ force: true })
    if (values.position)
      await dialog.getByRole('textbox', { name: 'Chức vụ, đơn vị / Địa chỉ' }).fill(values.position)
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  /** Types into a decision field and commits it (the field saves on change). */
  async setDecisionField(label: string, value: string): Promise<void> {
    const field = this.page.getByRole('main').getByRole('textbox', { name: label, exact: true })
    await field.fill(value)
    await field.press('Tab')
  }

  async setDecisionDate(ddmmyyyy: string): Promise<void> {
    const date = this.page.getByRole('main').getByRole('textbox', { name: 'Ngày ký' })
    await date.fill(ddmmyyyy)
    await date.press('Tab')
    await expect(date).toHaveValue(ddmmyyyy)
  }

  confirmDialog(): Locator {
    return this.page
      .getByRole('dialog')
      .filter({ has: this.page.getByRole('button', { name: 'Đồng ý' }) })
  }
}
