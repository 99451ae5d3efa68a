import { expect, type Locator, type Page } from '@playwright/test'

/** The "Đại biểu" tab of an event workspace: toolbar, virtualised grid and dialogs. */
export class DelegatesSectionPage {
  readonly tab: Locator
  readonly section: Locator
  readonly grid: Locator
  readonly search: Locator
  readonly status: Locator
  readonly addButton: Locator
  readonly editButton: Locator
  readonly bulkEditButton: Locator
  readonly deleteButton: Locator
  readonly categoriesButton: Locator
  readonly columnsButton: Locator
  readonly importButton: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.tab = main.getByRole('tab', { name: 'Đại biểu', exact: true })
    this.section = main.getByRole('region', { name: 'Đại biểu', exact: true })
    this.grid = this.section.getByRole('grid', { name: 'Bảng đại biểu' })
    this.search = this.section.getByRole('textbox', { name: 'Tìm đại biểu' })
    this.status = this.section.locator('p.status')
    this.addButton = this.section.getByRole('button', { name: 'Thêm đại biểu', exact: true })
    this.editButton = this.section.getByRole('button', { name: 'Sửa', exact: true })
    this.bulkEditButton = this.section.getByRole('button', { name: 'Sửa nhiều', exact: true })
    this.deleteButton = this.section.getByRole('button', { name: 'Xóa', exact: true })
    this.categoriesButton = this.section.getByRole('button', { name: 'Loại đại biểu' })
    this.columnsButton = this.section.getByRole('button', { name: 'Cột bổ sung' })
    this.importButton = this.section.getByRole('button', { name: 'Nhập từ Excel' })
  }

  async open(): Promise<void> {
    await this.tab.click()
    await expect(this.grid).toBeVisible()
  }

  /** Body rows currently rendered (the grid is virtualised: only rows in view exist). */
  get rows(): Locator {
    return this.grid.locator('.body-row')
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('gridcell', { name, exact: true }) })
  }

  /** The full names of the rendered rows, top to bottom. */
  async shownNames(): Promise<string[]> {
    const rows: { top: number; name: string }[] = []
    for (const row of await this.rows.all()) {
      const style = (await row.getAttribute('style')) ?? ''
      const name = await row.getByRole('gridcell').nth(2).innerText()
      const top = Number(/translateY\(([\d.]+)px\)/.exec(style)?.[1])
      rows.push({ top, name: name.replace(/^⚠/, '').trim() })
    }
    rows.sort((a, b) => a.top - b.top)
    return rows.map((r) => r.name)
  }

  filter(column: string): Locator {
    return this.grid.getByLabel(`Lọc cột ${column}`)
  }

  cell(name: string, column: number): Locator {
    return this.row(name).getByRole('gridcell').nth(column)
  }

  /** Edits one cell inline: double-click, type, Enter. */
  async editCell(name: string, column: number, value: string): Promise<void> {
    await this.cell(name, column).dblclick()
    const editor = this.grid.locator('.cell-editor')
    await editor.fill(value)
    await editor.press('Enter')
    await expect(editor).toBeHidden()
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name })
  }
}
