import { expect, type Locator, type Page } from '@playwright/test'

/** The backups screen ("Sao lưu"). */
export class BackupsPage {
  readonly heading: Locator
  readonly name: Locator
  readonly createButton: Locator
  readonly list: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: 'Sao lưu', level: 1 })
    this.name = main.getByLabel('Tên bản sao lưu')
    this.createButton = main.getByRole('button', { name: 'Tạo bản sao lưu ngay' })
    this.list = page.getByRole('region', { name: 'Danh sách bản sao lưu' })
  }

  row(name: string): Locator {
    return this.list.getByRole('row').filter({ hasText: name })
  }

  async createNamed(name: string): Promise<void> {
    await expect(this.heading).toBeVisible()
    await this.name.fill(name)
    await this.createButton.click()
    await expect(this.row(name)).toBeVisible()
  }
}
