import { expect, type Locator, type Page } from '@playwright/test'

export interface SignerValues {
  name: string
  title: string
  onBehalfOf?: string
}

export interface OrganisationValues {
  authorityName?: string
  headerLines?: string[]
  placeName?: string
  documentSymbol?: string
  signers?: SignerValues[]
  operatorName?: string
}

/** The organisation profile and settings screen ("Thông tin cơ quan"). */
export class OrganisationPage {
  readonly heading: Locator
  readonly authorityName: Locator
  readonly placeName: Locator
  readonly documentSymbol: Locator
  readonly operatorName: Locator
  readonly saveButton: Locator
  readonly addSignerButton: Locator
  readonly addHeaderLineButton: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: 'Thông tin cơ quan', level: 1 })
    this.authorityName = main.getByLabel('Tên cơ quan')
    this.placeName = main.getByLabel('Địa danh')
    this.documentSymbol = main.getByLabel('Ký hiệu văn bản')
    this.operatorName = main.getByLabel('Người thao tác')
    this.saveButton = main.getByRole('button', { name: 'Lưu thay đổi' })
    this.addSignerButton = main.getByRole('button', { name: 'Thêm người ký' })
    this.addHeaderLineButton = main.getByRole('button', { name: 'Thêm dòng', exact: true })
  }

  headerLine(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Dòng tiêu đề ${n}`, exact: true })
  }

  headerLines(): Locator {
    return this.page.getByRole('textbox', { name: /^Dòng tiêu đề \d+$/ })
  }

  signerName(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Họ và tên người ký ${n}`, exact: true })
  }

  signerTitle(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Chức vụ người ký ${n}`, exact: true })
  }

  signerOnBehalfOf(n: number): Locator {
    return this.page.getByRole('textbox', { name: `Ký thay cho (người ký ${n})`, exact: true })
  }

  signerNames(): Locator {
    return this.page.getByRole('textbox', { name: /^Họ và tên người ký \d+$/ })
  }

  /** Waits until the form holds the saved profile (it is disabled while loading). */
  async waitLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible()
    await expect(this.authorityName).toBeEditable()
  }

  async setHeaderLines(lines: string[]): Promise<void> {
    while ((await this.headerLines().count()) > lines.length) {
      await this.page
        .getByRole('button', { name: /^Xóa dòng tiêu đề \d+$/ })
        .last()
        .click()
    }
    while ((await this.headerLines().count()) < lines.length) {
      const before = await this.headerLines().count()
      await this.addHeaderLineButton.click()
      await expect(this.headerLines()).toHaveCount(before + 1)
    }
    for (const [i, line] of lines.entries()) await this.headerLine(i + 1).fill(line)
  }

  async setSigners(signers: SignerValues[]): Promise<void> {
    while ((await this.signerNames().count()) > 0) {
      const before = await this.signerNames().count()
      await this.page.getByRole('button', { name: `Xóa người ký ${before}`, exact: true }).click()
      await expect(this.signerNames()).toHaveCount(before - 1)
    }
    for (const [i, signer] of signers.entries()) {
      await this.addSignerButton.click()
      await this.signerName(i + 1).fill(signer.name)
      await this.signerTitle(i + 1).fill(signer.title)
      if (signer.onBehalfOf) await this.signerOnBehalfOf(i + 1).fill(signer.onBehalfOf)
    }
  }

  async fill(values: OrganisationValues): Promise<void> {
    await this.waitLoaded()
    if (values.authorityName !== undefined) await this.authorityName.fill(values.authorityName)
    if (values.headerLines) await this.setHeaderLines(values.headerLines)
    if (values.placeName !== undefined) await this.placeName.fill(values.placeName)
    if (values.documentSymbol !== undefined) await this.documentSymbol.fill(values.documentSymbol)
    if (values.signers) await this.setSigners(values.signers)
    if (values.operatorName !== undefined) await this.operatorName.fill(values.operatorName)
  }

  /** Saves and waits for the confirmation toast. */
  async save(): Promise<void> {
    await this.saveButton.click()
    await expect(
      this.page.getByRole('alert').filter({ hasText: 'Đã lưu thông tin cơ quan' })
    ).toBeVisible()
    await expect(this.saveButton).toBeDisabled()
  }

  async expectValues(values: OrganisationValues): Promise<void> {
    await this.waitLoaded()
    if (values.authorityName !== undefined)
      await expect(this.authorityName).toHaveValue(values.authorityName)
    if (values.headerLines) {
      await expect(this.headerLines()).toHaveCount(values.headerLines.length)
      for (const [i, line] of values.headerLines.entries())
        await expect(this.headerLine(i + 1)).toHaveValue(line)
    }
    if (values.placeName !== undefined) await expect(this.placeName).toHaveValue(values.placeName)
    if (values.documentSymbol !== undefined)
      await expect(this.documentSymbol).toHaveValue(values.documentSymbol)
    if (values.signers) {
      await expect(this.signerNames()).toHaveCount(values.signers.length)
      for (const [i, signer] of values.signers.entries()) {
        await expect(this.signerName(i + 1)).toHaveValue(signer.name)
        await expect(this.signerTitle(i + 1)).toHaveValue(signer.title)
        await expect(this.signerOnBehalfOf(i + 1)).toHaveValue(signer.onBehalfOf ?? '')
      }
    }
    if (values.operatorName !== undefined)
      await expect(this.operatorName).toHaveValue(values.operatorName)
  }
}
