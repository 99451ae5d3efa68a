import type { Locator, Page } from '@playwright/test'

/** One event's workspace (/events/:id). */
export class EventWorkspacePage {
  readonly overviewTab: Locator
  readonly editButton: Locator
  readonly exportButton: Locator
  readonly backLink: Locator
  readonly overview: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.overviewTab = main.getByRole('tab', { name: 'Tổng quan' })
    this.editButton = main.getByRole('button', { name: 'Sửa thông tin' })
    this.exportButton = main.getByRole('button', { name: /^(Xuất tệp|Export file)$/ })
    this.backLink = main.getByRole('link', { name: '← Về danh sách sự kiện' })
    this.overview = main.getByRole('region', { name: 'Tổng quan' })
  }

  heading(title: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name: title })
  }

  /** The overview row holding a label, e.g. "Địa điểm", and its value. */
  detailRow(label: string): Locator {
    return this.overview
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: label, exact: true }) })
  }
}
