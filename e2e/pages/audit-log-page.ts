import type { Locator, Page } from '@playwright/test'

/** The audit log screen ("Nhật ký thay đổi"). */
export class AuditLogPage {
  readonly heading: Locator
  readonly list: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { name: 'Nhật ký thay đổi' })
    this.list = page.getByRole('region', { name: 'Nhật ký thay đổi' })
  }

  row(text: string | RegExp): Locator {
    return this.list.getByRole('row').filter({ hasText: text })
  }
}
