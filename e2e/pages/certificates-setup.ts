import { expect, type Locator, type Page } from '@playwright/test'

/** "Mẫu in & máy in": templates with the designer, printer profiles with calibration, fonts. */
export class CertificateSetupPage {
  readonly main: Locator
  readonly templatesTab: Locator
  readonly profilesTab: Locator
  readonly fontsTab: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.templatesTab = this.main.getByRole('tab', { name: 'Mẫu giấy khen' })
    this.profilesTab = this.main.getByRole('tab', { name: 'Hiệu chỉnh máy in' })
    this.fontsTab = this.main.getByRole('tab', { name: 'Phông chữ' })
  }

  templateRow(name: string): Locator {
    return this.main
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name, exact: true }) })
  }

  async duplicateTemplate(name: string): Promise<Designer> {
    await this.templateRow(name).getByRole('button', { name: 'Nhân bản', exact: true }).click()
    const designer = new Designer(this.page, `${name} (bản sao)`)
    await expect(designer.root).toBeVisible()
    return designer
  }

  profileRow(name: string): Locator {
    return this.main
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) })
  }
}

/** The template designer of one template. */
export class Designer {
  readonly root: Locator
  readonly canvas: Locator
  readonly preview: Locator
  readonly latency: Locator
  readonly undoButton: Locator
  readonly saveButton: Locator
  readonly properties: Locator
  readonly warnings: Locator

  constructor(
    readonly page: Page,
    name: string
  ) {
    this.root = page.getByRole('region', { name: `Thiết kế mẫu ${name}` })
    this.canvas = this.root.locator('.designer-canvas')
    this.preview = this.root.getByRole('img', { name: 'Bản xem trước PDF của giấy khen' })
    this.latency = this.root
      .getByRole('status')
      .filter({ hasText: /Bản xem trước|không tạo được/i })
    this.undoButton = this.root.getByRole('button', { name: 'Hoàn tác', exact: true })
    this.saveButton = this.root.getByRole('button', { name: 'Lưu mẫu', exact: true })
    this.properties = this.root.getByRole('form', { name: 'Thuộc tính ô' })
    this.warnings = this.root.getByRole('region', { name: 'Cảnh báo' })
  }

  field(label: string): Locator {
    return this.root.getByRole('button', { name: label, exact: true })
  }

  /** The input of the properties panel: "Cách mép trái", "Cách mép trên", "Rộng", "Cao". */
  boxInput(name: 'Cách mép trái' | 'Cách mép trên' | 'Rộng' | 'Cao'): Locator {
    return this.properties.getByRole('spinbutton', { name, exact: true })
  }

  /** How many PDF pages the preview has drawn so far. */
  async previewRevision(): Promise<number> {
    return Number(await this.canvas.getAttribute('data-preview-revision'))
  }
}
