import type { Locator, Page } from '@playwright/test'

export type HonoursTab = 'Đối tượng' | 'Quyết định' | 'Sổ vào sổ' | 'Tiền thưởng'

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
    this.registerTable = main.getByRole('region', { name: 'Sổ vào sổ' })
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

  confirmDialog(): Locator {
    return this.page
      .getByRole('dialog')
      .filter({ has: this.page.getByRole('button', { name: 'Đồng ý' }) })
  }
}
