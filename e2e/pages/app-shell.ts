import { expect, type Dialog, type Locator, type Page } from '@playwright/test'
import { EventListPage } from './event-list-page'

export type NavTarget = 'Sự kiện' | 'Cơ quan' | 'Sao lưu' | 'Nhật ký'

/** The top bar every screen shares: navigation, save indicator, undo, language switch. */
export class AppShell {
  readonly nav: Locator
  readonly saveStatus: Locator
  readonly undoButton: Locator
  readonly languages: Locator

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation')
    this.saveStatus = page.getByRole('status', {
      name: /^(Trạng thái lưu|Save status|Speicherstatus):/
    })
    this.undoButton = page
      .getByRole('banner')
      .getByRole('button', { name: /^(Hoàn tác|Undo|Rückgängig)$/ })
    this.languages = page.getByRole('radiogroup', { name: /^(Ngôn ngữ|Language|Sprache)$/ })
  }

  /** Opens the app at the server's address and waits until it has talked to the server. */
  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.saveStatus).toContainText(/Đã lưu|Saved|Gespeichert/)
  }

  /** Opens the app, then the sample congress, then (when named) one of its tabs. */
  async openSample(url: string, tab?: { name: string; exact?: boolean }): Promise<void> {
    await this.open(url)
    await new EventListPage(this.page).openSampleButton.click()
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText('Tiền Phong')
    if (tab) await this.page.getByRole('tab', tab).click()
  }

  /** Reloads the page; resolves to the kind of question the browser asked first, or 'none'. */
  async reloadAndSee(answer: 'stay' | 'leave'): Promise<string> {
    let asked = 'none'
    const onDialog = (dialog: Dialog) => {
      asked = dialog.type()
      void (answer === 'stay' ? dialog.dismiss() : dialog.accept())
    }
    this.page.on('dialog', onDialog)
    await this.page.evaluate('location.reload()')
    await this.page.waitForLoadState('load')
    this.page.off('dialog', onDialog)
    await expect(this.saveStatus).toContainText('Đã lưu')
    return asked
  }

  async goTo(target: NavTarget): Promise<void> {
    await this.nav.getByRole('link', { name: target, exact: true }).click()
  }

  /** A toast (or any alert) carrying this text. */
  toast(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text })
  }

  async chooseLanguage(name: 'Tiếng Việt' | 'English' | 'Deutsch'): Promise<void> {
    await this.languages.getByRole('radio', { name }).check({ force: true })
  }
}
