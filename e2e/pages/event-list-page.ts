import { expect, type Locator, type Page } from '@playwright/test'
import { EventFormDialog, type EventFormValues } from './event-form-dialog'

/** The home screen: the event list, or its empty state on a first start. */
export class EventListPage {
  readonly heading: Locator
  readonly createButton: Locator
  readonly openSampleButton: Locator
  readonly importButton: Locator
  /** The hidden file input behind "Nhập từ tệp", for `setInputFiles`. */
  readonly fileInput: Locator
  /** Where an event file may be dropped. */
  readonly dropArea: Locator
  readonly emptyState: Locator
  readonly list: Locator
  readonly showArchived: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: 'Sự kiện', level: 1 })
    this.createButton = main.getByRole('button', { name: 'Tạo sự kiện', exact: true })
    this.openSampleButton = main.getByRole('button', { name: 'Mở sự kiện mẫu', exact: true })
    this.importButton = main.getByRole('button', { name: /^(Nhập từ tệp|Import from file)$/ })
    this.fileInput = main.getByLabel(/^(Tệp sự kiện|Event file)$/)
    this.dropArea = main.locator('.event-list-view')
    this.emptyState = main.getByText('Chưa có sự kiện nào')
    this.list = page.getByRole('region', { name: 'Danh sách sự kiện' })
    this.showArchived = main.getByRole('switch', { name: 'Hiện sự kiện đã lưu trữ' })
  }

  titleLink(title: string): Locator {
    return this.list.getByRole('link', { name: title, exact: true })
  }

  row(title: string): Locator {
    const link = this.page.getByRole('link', { name: title, exact: true })
    return this.list.getByRole('row').filter({ has: link })
  }

  rowButton(
    title: string,
    action: 'Mở' | 'Sửa' | 'Nhân bản' | 'Lưu trữ' | 'Bỏ lưu trữ' | 'Xóa' | 'Xuất tệp'
  ): Locator {
    return this.row(title).getByRole('button', { name: action, exact: true })
  }

  /** Titles in the order the list shows them. */
  async titles(): Promise<string[]> {
    return (await this.list.getByRole('link').allTextContents()).map((t) => t.trim())
  }

  async createEvent(values: EventFormValues): Promise<void> {
    await this.createButton.click()
    const dialog = new EventFormDialog(this.page, 'create')
    await dialog.fill(values)
    await dialog.submit()
    await expect(dialog.root).toBeHidden()
  }

  async openCreateDialog(): Promise<EventFormDialog> {
    await this.createButton.click()
    const dialog = new EventFormDialog(this.page, 'create')
    await expect(dialog.root).toBeVisible()
    return dialog
  }

  async deleteEvent(title: string): Promise<void> {
    await this.rowButton(title, 'Xóa').click()
    const confirm = this.page.getByRole('dialog', { name: 'Xóa sự kiện' })
    await expect(confirm).toContainText(title)
    await confirm.getByRole('button', { name: 'Xóa', exact: true }).click()
    await expect(confirm).toBeHidden()
  }

  /** Drops a file made in the page onto the list, as dragging it from the file manager would. */
  async dropFile(name: string, text: string): Promise<void> {
    // A string, as e2e code is type-checked without the DOM library.
    const dataTransfer = await this.page.evaluateHandle(`(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' }))
      return transfer
    })()`)
    for (const type of ['dragenter', 'dragover', 'drop']) {
      await this.dropArea.dispatchEvent(type, { dataTransfer })
    }
  }

  async setShowArchived(on: boolean): Promise<void> {
    // The switch's checkbox is visually hidden; toggle it the keyboard way.
    // ElSwitch keeps its state in aria-checked; the native `checked` may lag behind it.
    const state = () => this.showArchived.getAttribute('aria-checked')
    if ((await state()) !== String(on)) await this.showArchived.press('Space')
    await expect(this.showArchived).toHaveAttribute('aria-checked', String(on))
  }
}
