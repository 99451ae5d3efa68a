import { expect, type Locator, type Page } from '@playwright/test'

/** The "Danh sách & phê duyệt" tab of an event's workspace. */
export class RostersSection {
  readonly tab: Locator
  readonly list: Locator
  readonly members: Locator
  readonly approveButton: Locator
  readonly newVersionButton: Locator
  readonly printListButton: Locator
  readonly printAttendanceButton: Locator
  readonly printCompositionButton: Locator
  readonly versionHistory: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.tab = main.getByRole('tab', { name: 'Danh sách & phê duyệt' })
    this.list = main.getByRole('list', { name: 'Các danh sách của sự kiện' })
    this.members = main.getByRole('region', { name: 'Thành viên của phiên bản đang xem' })
    this.approveButton = main.getByRole('button', { name: 'Phê duyệt', exact: true })
    this.newVersionButton = main.getByRole('button', { name: 'Tạo phiên bản mới', exact: true })
    this.printListButton = main.getByRole('button', { name: 'In danh sách', exact: true })
    this.printAttendanceButton = main.getByRole('button', { name: 'In danh sách điểm danh' })
    this.printCompositionButton = main.getByRole('button', { name: 'In báo cáo cơ cấu' })
    this.versionHistory = main.getByRole('list', { name: 'Các phiên bản' })
  }

  async open(): Promise<void> {
    await this.tab.click()
    await expect(this.list).toBeVisible()
  }

  roster(name: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`^${name}`) })
  }

  innerTab(name: 'Thành viên' | 'Chỉ tiêu cơ cấu' | 'Lịch sử phiên bản' | 'Báo cáo cơ cấu') {
    return this.page.getByRole('main').getByRole('tab', { name, exact: true })
  }

  memberRow(fullName: string): Locator {
    return this.members.getByRole('row').filter({ hasText: fullName })
  }

  async memberNames(): Promise<string[]> {
    const texts = await this.members.locator('.el-table__body .member-name').allTextContents()
    return texts.map((t) => t.trim())
  }

  async createNewVersion(reason: string): Promise<void> {
    await this.newVersionButton.click()
    const dialog = this.page.getByRole('dialog', { name: 'Tạo phiên bản mới' })
    await dialog.getByLabel('Lý do thay đổi').fill(reason)
    await dialog.getByRole('button', { name: 'Tạo phiên bản mới' }).click()
    await expect(dialog).toBeHidden()
  }

  async removeMember(fullName: string): Promise<void> {
    // Element Plus hides the native checkbox; its visible box takes the click.
    await this.memberRow(fullName).locator('.el-checkbox').click()
    await this.page.getByRole('button', { name: 'Bỏ khỏi danh sách (1)' }).click()
    await expect(this.memberRow(fullName)).toHaveCount(0)
  }

  async addDelegate(search: string, fullName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Thêm từ danh sách đại biểu' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Chọn đại biểu' })
    await dialog.getByRole('textbox', { name: 'Tìm theo tên, đơn vị, chức vụ' }).fill(search)
    await dialog.getByRole('row').filter({ hasText: fullName }).locator('.el-checkbox').click()
    await dialog.getByRole('button', { name: 'Thêm 1 đại biểu' }).click()
    await expect(dialog).toBeHidden()
    await expect(this.memberRow(fullName)).toHaveCount(1)
  }

  async approve(opts: { approvedBy: string; basis: string; documentNumber?: string }) {
    await this.approveButton.click()
    const dialog = this.page.getByRole('dialog', { name: 'Phê duyệt danh sách' })
    await dialog.getByLabel('Người / cơ quan phê duyệt').fill(opts.approvedBy)
    await dialog.getByLabel('Căn cứ').fill(opts.basis)
    if (opts.documentNumber) await dialog.getByLabel('Số văn bản').fill(opts.documentNumber)
    await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(1)
    await dialog.getByRole('button', { name: 'Phê duyệt', exact: true }).click()
    await expect(dialog).toBeHidden()
  }
}
