import { expect, type Locator, type Page } from '@playwright/test'

/** The rosters tab as the delegates journey uses it (the rosters helper's screen). */
export class DelegatesRostersPage {
  readonly tab: Locator
  readonly section: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.tab = main.getByRole('tab', { name: 'Danh sách & phê duyệt' })
    this.section = main.locator('.rosters-section')
  }

  async open(): Promise<void> {
    await this.tab.click()
    await expect(this.section).toBeVisible()
  }

  button(name: string): Locator {
    return this.section.getByRole('button', { name, exact: true })
  }

  async createRoster(name: string): Promise<void> {
    await this.button('Thêm danh sách').click()
    const dialog = this.page.getByRole('dialog', { name: 'Danh sách mới' })
    await dialog.getByRole('textbox', { name: 'Tên danh sách' }).fill(name)
    await dialog
      .getByRole('button', { name: /^(Tạo|Thêm|Lưu)/ })
      .last()
      .click()
    await expect(dialog).toBeHidden()
  }

  async addAllDelegates(count: number): Promise<void> {
    await this.button('Thêm từ danh sách đại biểu').click()
    const dialog = this.page.getByRole('dialog', { name: 'Chọn đại biểu' })
    await dialog.locator('.el-table__header .el-checkbox').click()
    await dialog.getByRole('button', { name: `Thêm ${count} đại biểu` }).click()
    await expect(dialog).toBeHidden()
  }

  async submitAndApprove(approvedBy: string, basis: string): Promise<void> {
    await this.button('Gửi phê duyệt').click()
    await this.button('Phê duyệt').click()
    const dialog = this.page.getByRole('dialog', { name: 'Phê duyệt danh sách' })
    await dialog.getByRole('textbox', { name: 'Người / cơ quan phê duyệt' }).fill(approvedBy)
    await dialog.getByRole('textbox', { name: 'Căn cứ' }).fill(basis)
    await dialog.getByRole('button', { name: 'Phê duyệt', exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  async openNewVersion(reason: string): Promise<void> {
    await this.button('Tạo phiên bản mới').click()
    const dialog = this.page.getByRole('dialog', { name: 'Tạo phiên bản mới' })
    await dialog.getByRole('textbox', { name: 'Lý do thay đổi' }).fill(reason)
    await dialog.getByRole('button', { name: 'Tạo phiên bản mới' }).click()
    await expect(dialog).toBeHidden()
  }

  async showHistory(): Promise<void> {
    await this.section.getByRole('tab', { name: 'Lịch sử phiên bản' }).click()
  }

  /** Prints the list of the version shown and returns the PDF's bytes. */
  async printList(): Promise<Buffer> {
    const download = this.page.waitForEvent('download')
    await this.button('In danh sách').click()
    const file = await download
    const path = await file.path()
    const { readFile } = await import('node:fs/promises')
    return readFile(path)
  }
}
