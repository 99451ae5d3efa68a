import { expect, type Locator, type Page } from '@playwright/test'

export type AgendaDocumentLabel =
  | 'Chương trình (công khai)'
  | 'Kịch bản điều hành (nội bộ)'
  | 'Lời dẫn MC'
  | 'Danh sách xếp khay'
  | 'Chỗ ngồi người nhận'
  | 'Diễn biến thực tế'

/** The "Chương trình" tab of an event's workspace: items, award rounds, live run. */
export class AgendaPage {
  readonly section: Locator
  readonly itemsTab: Locator
  readonly roundsTab: Locator
  readonly liveTab: Locator
  readonly items: Locator
  readonly nextButton: Locator
  readonly delayTag: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.section = main.getByRole('region', { name: 'Chương trình', exact: true })
    this.itemsTab = this.section.getByRole('tab', { name: 'Các mục' })
    this.roundsTab = this.section.getByRole('tab', { name: 'Đợt trao' })
    this.liveTab = this.section.getByRole('tab', { name: 'Điều hành trực tiếp' })
    this.items = this.section.getByRole('list', { name: 'Chương trình' }).getByRole('listitem')
    this.nextButton = this.section.getByRole('button', {
      name: /^(Bắt đầu chương trình|Bắt đầu mục tiếp theo|Kết thúc chương trình)$/
    })
    this.delayTag = this.section.getByTestId('live-delay')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('main')
      .getByRole('tab', { name: 'Chương trình', exact: true })
      .click()
    await expect(this.section).toBeVisible()
  }

  item(title: string): Locator {
    return this.section.getByRole('listitem', { name: title, exact: true })
  }

  /** "07:30–08:00 Đón tiếp…" for every item, in order. */
  async timetable(): Promise<string[]> {
    const rows = await this.items.all()
    return Promise.all(
      rows.map(async (row) => {
        const time = await row.getByTestId('item-time').innerText()
        const title = await row.getByTestId('item-title').innerText()
        return `${time.trim()} ${title.trim()}`
      })
    )
  }

  /** Drags an item by its handle onto another item's place, as a mouse user would. */
  async dragItem(title: string, ontoTitle: string): Promise<void> {
    const handle = this.item(title).getByTitle('Kéo để đổi thứ tự')
    await this.item(title).scrollIntoViewIfNeeded()
    const target = await this.item(ontoTitle).boundingBox()
    const from = await handle.boundingBox()
    if (!target || !from) throw new Error('item not visible')
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await this.page.mouse.down()
    const x = from.x + from.width / 2
    for (let step = 1; step <= 10; step++) {
      const y = from.y + ((target.y + target.height / 2 - from.y) * step) / 10
      await this.page.mouse.move(x, y)
    }
    await this.page.mouse.up()
  }

  editButton(title: string): Locator {
    return this.section.getByRole('button', { name: `Sửa: ${title}` })
  }

  get itemDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Sửa mục chương trình' })
  }

  itemField(
    label: 'Thời lượng (phút)' | 'Giờ bắt đầu cố định (HH:MM, để trống nếu nối tiếp)'
  ): Locator {
    const role = label === 'Thời lượng (phút)' ? 'spinbutton' : 'textbox'
    return this.itemDialog.getByRole(role, { name: label, exact: true })
  }

  moveDownButton(title: string): Locator {
    return this.section.getByRole('button', { name: `Chuyển xuống: ${title}` })
  }

  round(title: string): Locator {
    return this.section.getByRole('region', { name: title, exact: true })
  }

  /** The honoree standing at `position` (1 = leftmost as the audience sees it). */
  honoree(roundTitle: string, position: number): Locator {
    return this.round(roundTitle).getByRole('button', { name: new RegExp(`^${position}\\. `) })
  }

  async honoreeNames(roundTitle: string): Promise<string[]> {
    return (await this.round(roundTitle).getByTestId('honoree-name').allInnerTexts()).map((n) =>
      n.trim()
    )
  }

  moveHereButton(roundTitle: string): Locator {
    return this.round(roundTitle).getByRole('button', { name: `Chuyển vào ${roundTitle}` })
  }

  /** Prints one document and resolves with the download. */
  async print(label: AgendaDocumentLabel) {
    const downloading = this.page.waitForEvent('download')
    await this.section.getByRole('button', { name: /In tài liệu/ }).click()
    await this.page.getByRole('menuitem', { name: label, exact: true }).click()
    return downloading
  }

  liveRows(): Locator {
    return this.section.getByTestId('live-row')
  }
}
