import { screenshot } from './fixtures/dais'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { HonoursSection } from './pages/honours-section'
import { expect, test } from './pages/page-problems'

const sampleTitle = 'Đại hội Thi đua yêu nước phường Tiền Phong giai đoạn 2020 - 2025'

test('the sample event shows its honorees, issued decision, register and bonus table', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const honours = new HonoursSection(page)
  await shell.open(dais.url)
  await home.openSampleButton.click()
  await expect(page.getByRole('heading', { level: 1, name: sampleTitle })).toBeVisible()

  await honours.open('Đối tượng')
  await expect(honours.honoreesTable).toContainText('Tổ dân phố số 1')
  await expect(page.getByText('14 tập thể, 13 cá nhân, 4 hộ gia đình')).toBeVisible()
  await screenshot(page, 'honours-honorees')

  await honours.honoreeSearch.fill('pham van duc')
  await expect(honours.honoreesTable.getByRole('row')).toHaveCount(2)
  await honours.honoreesTable.getByRole('button', { name: 'Sửa Ông Phạm Văn Đức' }).click()
  await expect(honours.honoreeDialog()).toBeVisible()
  await expect(page.getByTestId('honoree-preview')).toHaveText('Ông Phạm Văn Đức')
  await screenshot(page, 'honours-honoree-form')
  await honours.honoreeDialog().getByRole('button', { name: 'Hủy' }).click()

  await honours.subTab('Quyết định').click()
  await expect(page.getByRole('main').getByRole('heading', { name: /125\/QĐ-UBND/ })).toBeVisible()
  await expect(honours.group('Tập thể').locator('li')).toHaveCount(14)
  await screenshot(page, 'honours-decision-issued')

  await honours.subTab('Sổ vào sổ').click()
  await expect(honours.registerTable.getByRole('row')).toHaveCount(32)
  await screenshot(page, 'honours-register')

  await honours.subTab('Tiền thưởng').click()
  await screenshot(page, 'honours-bonus')

  await page.getByRole('navigation').getByRole('link', { name: 'Hình thức khen' }).click()
  await expect(
    page.getByRole('cell', { name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường' }).first()
  ).toBeVisible()
  await screenshot(page, 'honours-award-forms')
})
