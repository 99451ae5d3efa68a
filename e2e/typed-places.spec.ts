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
  await new EventListPage(page).createEvent({ title: 'Hội nghị tổng kết' })
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
  await new EventListPage(page).createEvent({ title: 'Hội nghị điển hình tiên tiến' })
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
  // Saved, not only saving: a reload while the save is under way rightly asks first.
  await expect(designer.root.getByRole('status').filter({ hasText: 'Chưa lưu' })).toBeHidden()
  await expect(designer.saveButton).toBeDisabled()
  expect(await shell.reloadAndSee('stay')).toBe('none')

  // The reload came back to the designer (the open template is in the address).
  await expect(name).toHaveValue(copyName)
  // Renamed and saved in a second tab: the first tab's designer, with nothing unsaved, follows.
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

test('on the sample: the invitation letter saves as typed and follows a change made in another tab', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  const main = page.getByRole('main')
  await main.getByRole('tab', { name: 'Thẻ & giấy mời', exact: true }).click()
  await main.getByRole('tab', { name: 'Giấy mời', exact: true }).click()
  const eventUrl = `${dais.url}${new URL(page.url()).hash}`

  // Typed, reloaded at once: still there.
  const dress = main.getByRole('textbox', { name: 'Trang phục', exact: true })
  await dress.fill('Áo dài truyền thống')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await main.getByRole('tab', { name: 'Giấy mời', exact: true }).click()
  await expect(dress).toHaveValue('Áo dài truyền thống')

  // Changed in a second tab: the first shows it without a reload.
  const other = await context.newPage()
  await other.goto(eventUrl)
  await expect(new AppShell(other).saveStatus).toContainText('Đã lưu')
  const otherMain = other.getByRole('main')
  await otherMain.getByRole('tab', { name: 'Giấy mời', exact: true }).click()
  const otherDress = otherMain.getByRole('textbox', { name: 'Trang phục', exact: true })
  await expect(otherDress).toHaveValue('Áo dài truyền thống')
  await otherDress.fill('Com-lê, cà vạt')
  await expect(dress).toHaveValue('Com-lê, cà vạt')
  await other.close()
})

test('on the sample: an absence note on the board takes what is typed and keeps it over a reload', async ({
  page,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  const main = page.getByRole('main')
  await main.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
  await main.getByRole('tab', { name: 'Tổng hợp', exact: true }).click()
  const reason = main.getByRole('combobox', { name: /^Lý do vắng: / }).first()
  const name = ((await reason.getAttribute('aria-label')) ?? '').replace('Lý do vắng: ', '')
  await reason.click({ force: true })
  await page.getByRole('option', { name: 'Có lý do', exact: true }).click()
  const note = main.getByRole('textbox', { name: `Ghi chú: ${name}`, exact: true })
  await note.click()
  await page.keyboard.type('Đi công tác tỉnh', { delay: 30 })
  await expect(note).toHaveValue('Đi công tác tỉnh')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await main.getByRole('tab', { name: 'Tổng hợp', exact: true }).click()
  await expect(note).toHaveValue('Đi công tác tỉnh')
})

test('an award form with an emptied number says so on the field instead of a refused save', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/award-forms`)
  await page.getByRole('main').getByRole('button', { name: 'Thêm hình thức', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Thêm hình thức khen' })
  await dialog.getByRole('textbox', { name: 'Tên hình thức' }).fill('Bằng khen thử')
  const rank = dialog.getByRole('spinbutton', { name: 'Thứ bậc (1 = cao nhất)' })
  await rank.fill('')
  await rank.press('Tab')
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(dialog.getByText('Cần nhập một số.')).toBeVisible()
  await expect(shell.toast('Dữ liệu nhập không hợp lệ')).toHaveCount(0)
  await rank.fill('60')
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('main').getByRole('cell', { name: 'Bằng khen thử', exact: true })
  ).toBeVisible()
})
