import { AppShell } from './pages/app-shell'
import { CertificateSetupPage, Designer } from './pages/certificates-setup'
import { EventListPage } from './pages/event-list-page'
import { HonoursSection } from './pages/honours-section'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

test('typed places on a new event: saved as typed or asked about before a reload', async ({
  page,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  const dialog = await new EventListPage(page).openCreateDialog()
  await dialog.title.fill('Hội nghị tổng kết')
  await dialog.submitButton.click()
  await expect(dialog.root).toBeHidden()
  const main = page.getByRole('main')

  // The programme's planned end: a time typed is saved by the reload itself.
  await main.getByRole('tab', { name: 'Chương trình', exact: true }).click()
  const plannedEnd = main.getByRole('textbox', { name: 'Kết thúc theo kế hoạch' })
  await plannedEnd.fill('11:30')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(plannedEnd).toHaveValue('11:30')
  // A time that cannot be: a message on the field, and a reload asks.
  const timeMessage = main.getByRole('alert').filter({ hasText: 'Giờ phải có dạng HH:MM' })
  await plannedEnd.fill('25:00')
  await expect(timeMessage).toHaveText('Giờ phải có dạng HH:MM, ví dụ 09:55.')
  await expect(plannedEnd).toHaveAttribute('aria-invalid', 'true')
  await screenshot(page, 'typed-planned-end-refused')
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(plannedEnd).toHaveValue('25:00')
  await plannedEnd.fill('11:45')
  await plannedEnd.press('Enter')
  await expect(timeMessage).toHaveCount(0)

  // The quorum rules are saved by a button: typed and not saved, a reload asks.
  await main.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
  await main.getByRole('tab', { name: 'Quy định số có mặt', exact: true }).click()
  const saveRules = main.getByRole('button', { name: 'Lưu quy định' })
  await expect(saveRules).toBeDisabled()
  const ruleName = main.getByRole('textbox', { name: 'Tên quy định' }).first()
  await ruleName.fill('Quá nửa số đại biểu')
  await expect(saveRules).toBeEnabled()
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(ruleName).toHaveValue('Quá nửa số đại biểu')
  await saveRules.click()
  await expect(saveRules).toBeDisabled()
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await main.getByRole('tab', { name: 'Quy định số có mặt', exact: true }).click()
  await expect(ruleName).toHaveValue('Quá nửa số đại biểu')
  await expect(saveRules).toBeDisabled()

  // A backup's name typed before the backup is made.
  await shell.goTo('Sao lưu')
  const backupName = main.getByPlaceholder('Ví dụ: Trước khi chốt danh sách')
  await backupName.fill('Trước khi nhập đại biểu')
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(backupName).toHaveValue('Trước khi nhập đại biểu')
})

test('a decision changed elsewhere while a field is being typed keeps the typing and shows the change', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  const dialog = await new EventListPage(page).openCreateDialog()
  await dialog.title.fill('Hội nghị điển hình tiên tiến')
  await dialog.submitButton.click()
  await expect(dialog.root).toBeHidden()
  const honours = new HonoursSection(page)
  await honours.open('Quyết định')
  await honours.newDecisionButton.click()
  const main = page.getByRole('main')
  const signed = main.getByRole('textbox', { name: 'Ngày ký' })
  // Typed, not yet left: then the decision's symbol is changed by another window.
  await signed.fill('15/12/2025')
  await page.evaluate(`window.dais.listEvents({}).then((events) =>
    window.dais.listDecisions({ eventId: events.value[0].id })).then((decisions) =>
    window.dais.updateDecision({ id: decisions.value[0].id, patch: { symbol: 'QĐ-KT' } }))`)
  await expect(main.getByRole('textbox', { name: 'Ký hiệu', exact: true })).toHaveValue('QĐ-KT')
  await expect(signed).toHaveValue('15/12/2025')
  await signed.press('Tab')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await honours.open('Quyết định')
  await expect(signed).toHaveValue('15/12/2025')
  await expect(main.getByRole('textbox', { name: 'Ký hiệu', exact: true })).toHaveValue('QĐ-KT')
})

test('the template designer asks before a reload or leaving drops an unsaved edit, and shows a save made elsewhere', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup`)
  const setup = new CertificateSetupPage(page)
  await setup.duplicateTemplate('Giấy khen — in trên phôi A4 ngang')
  // The designer is named after the template's name as typed.
  const name = page.getByRole('main').getByRole('textbox', { name: 'Tên mẫu' })
  const copyName = 'Giấy khen phường'
  await name.fill(copyName)
  const designer = new Designer(page, copyName)
  await expect(designer.root.getByRole('status').filter({ hasText: 'Chưa lưu' })).toBeVisible()

  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(name).toHaveValue(copyName)
  await shell.goTo('Cơ quan')
  const leave = page.getByRole('dialog', { name: 'Đang sửa dở' })
  await expect(leave).toBeVisible()
  await leave.getByRole('button', { name: 'Ở lại' }).click()
  await expect(name).toHaveValue(copyName)
  await designer.saveButton.click()
  await expect(designer.saveButton).toBeDisabled()
  expect(await shell.reloadAndSee('stay')).toBe('none')

  // Renamed and saved in a second tab: the first tab's designer, with nothing unsaved, follows.
  await setup.templateRow(copyName).getByRole('button', { name: copyName, exact: true }).click()
  await expect(name).toHaveValue(copyName)
  const other = await context.newPage()
  await new AppShell(other).open(`${dais.url}#/certificate-setup`)
  await new CertificateSetupPage(other)
    .templateRow(copyName)
    .getByRole('button', { name: copyName, exact: true })
    .click()
  await other.getByRole('main').getByRole('textbox', { name: 'Tên mẫu' }).fill('Giấy khen 2025')
  await new Designer(other, 'Giấy khen 2025').saveButton.click()
  await expect(name).toHaveValue('Giấy khen 2025')
  await other.close()

  // Undone from the top bar: the designer shows the name before that save.
  await shell.undoButton.click()
  await expect(name).toHaveValue(copyName)
  await expect(designer.saveButton).toBeDisabled()
  await screenshot(page, 'designer-follows-undo')
})
