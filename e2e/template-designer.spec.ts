import { AppShell } from './pages/app-shell'
import { CertificateSetupPage, Designer } from './pages/certificates-setup'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

const blank = 'Giấy khen — in trên phôi A4 ngang'

test('the open template is in the address: a reload returns to its designer; a link to a missing template opens the list with a message', async ({
  page,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup`)
  const setup = new CertificateSetupPage(page)
  const designer = await setup.duplicateTemplate(blank)
  expect(new URL(page.url()).hash).toMatch(/^#\/certificate-setup\?template=[^&]+$/)
  const link = `${dais.url}${new URL(page.url()).hash}`

  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(designer.root).toBeVisible()
  await expect(designer.root.getByRole('textbox', { name: 'Tên mẫu' })).toHaveValue(
    `${blank} (bản sao)`
  )

  // Back to the list: the address no longer names it, and a reload stays on the list.
  await designer.root.getByRole('button', { name: /Danh sách mẫu/ }).click()
  expect(new URL(page.url()).hash).toBe('#/certificate-setup')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(setup.templateRow(`${blank} (bản sao)`)).toBeVisible()

  // Deleted, then its old link opened: the list, with a message saying why.
  const copyRow = setup.templateRow(`${blank} (bản sao)`)
  await copyRow.getByRole('button', { name: `Xóa mẫu ${blank} (bản sao)`, exact: true }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click()
  await expect(copyRow).toBeHidden()
  const missing = setup.main.getByRole('alert').filter({ hasText: 'Không mở được mẫu' })
  for (const address of [link, `${dais.url}#/certificate-setup?template=%3Cimg%20src%3Dx%3E`]) {
    await page.goto('about:blank')
    await shell.open(address)
    await expect(missing).toBeVisible()
    await expect(setup.templateRow(blank)).toBeVisible()
    expect(new URL(page.url()).hash).toBe('#/certificate-setup')
  }
  await screenshot(page, 'designer-missing-link')
})

test('a template deleted in another window: unsaved edits are kept as a new template if asked; without edits the designer closes saying why', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup`)
  const setup = new CertificateSetupPage(page)
  await setup.duplicateTemplate(blank)
  const name = setup.main.getByRole('textbox', { name: 'Tên mẫu' })
  await name.fill('Giấy khen sửa dở')
  const designer = new Designer(page, 'Giấy khen sửa dở')
  await expect(designer.root.getByRole('status').filter({ hasText: 'Chưa lưu' })).toBeVisible()

  const other = await context.newPage()
  await new AppShell(other).open(`${dais.url}#/certificate-setup`)
  const otherSetup = new CertificateSetupPage(other)
  const deleteCopy = async (copyName: string) => {
    const row = otherSetup.templateRow(copyName)
    await row.getByRole('button', { name: `Xóa mẫu ${copyName}`, exact: true }).click()
    await other.getByRole('dialog').getByRole('button', { name: 'Xóa', exact: true }).click()
    await expect(row).toBeHidden()
  }
  await deleteCopy(`${blank} (bản sao)`)

  const question = page.getByRole('dialog', { name: 'Mẫu đã bị xóa' })
  await expect(question).toContainText('Mẫu này vừa bị xóa ở cửa sổ khác')
  await expect(name).toHaveValue('Giấy khen sửa dở')
  await screenshot(page, 'designer-deleted-elsewhere')
  // Closed without an answer: the edits stay, with the choice on the page.
  await page.keyboard.press('Escape')
  await expect(question).toBeHidden()
  const banner = designer.root.getByRole('alert').filter({ hasText: 'vừa bị xóa ở cửa sổ khác' })
  await expect(banner).toBeVisible()
  await expect(name).toHaveValue('Giấy khen sửa dở')
  await banner.getByRole('button', { name: 'Lưu thành mẫu mới' }).click()
  await expect(shell.toast('Đã lưu các thay đổi thành mẫu mới “Giấy khen sửa dở”')).toBeVisible()
  await expect(designer.saveButton).toBeDisabled()
  await expect(banner).toBeHidden()
  await expect(otherSetup.templateRow('Giấy khen sửa dở')).toBeVisible()
  // The address names the new template: a reload returns to it.
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(name).toHaveValue('Giấy khen sửa dở')

  // Nothing edited: deleted elsewhere, the designer closes with a message.
  await deleteCopy('Giấy khen sửa dở')
  await expect(shell.toast('vừa bị xóa ở cửa sổ khác')).toContainText(
    'Mẫu “Giấy khen sửa dở” vừa bị xóa ở cửa sổ khác'
  )
  await expect(designer.root).toBeHidden()
  await expect(setup.templateRow(blank)).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#/certificate-setup')
  await other.close()
})

test('saving over a change made in another window asks: cancel, load theirs, or overwrite', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup`)
  await new CertificateSetupPage(page).duplicateTemplate(blank)
  const link = `${dais.url}${new URL(page.url()).hash}`
  const name = page.getByRole('main').getByRole('textbox', { name: 'Tên mẫu' })
  const save = page.getByRole('main').getByRole('button', { name: 'Lưu mẫu', exact: true })

  const other = await context.newPage()
  await new AppShell(other).open(link)
  const otherName = other.getByRole('main').getByRole('textbox', { name: 'Tên mẫu' })
  const otherSave = other.getByRole('main').getByRole('button', { name: 'Lưu mẫu', exact: true })
  const saveThere = async (text: string) => {
    await otherName.fill(text)
    await otherSave.click()
    await expect(otherSave).toBeDisabled()
  }

  await name.fill('Bản sửa ở cửa sổ 1')
  await saveThere('Bản sửa ở cửa sổ 2')
  await expect(name).toHaveValue('Bản sửa ở cửa sổ 1')

  const question = page.getByRole('dialog', { name: 'Mẫu đã được sửa ở cửa sổ khác' })
  await save.click()
  await expect(question).toBeVisible()
  await screenshot(page, 'designer-save-conflict')
  await question.getByRole('button', { name: 'Hủy', exact: true }).click()
  await expect(question).toBeHidden()
  await expect(name).toHaveValue('Bản sửa ở cửa sổ 1')
  await expect(save).toBeEnabled()

  await save.click()
  await question.getByRole('button', { name: 'Tải bản kia (bỏ thay đổi của tôi)' }).click()
  await expect(name).toHaveValue('Bản sửa ở cửa sổ 2')
  await expect(save).toBeDisabled()

  await name.fill('Bản cuối của cửa sổ 1')
  await saveThere('Bản cuối của cửa sổ 2')
  await save.click()
  await question.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click()
  await expect(save).toBeDisabled()
  await expect(name).toHaveValue('Bản cuối của cửa sổ 1')
  // The other window, with nothing unsaved, shows what was saved over it.
  await expect(otherName).toHaveValue('Bản cuối của cửa sổ 1')
  await other.close()
})

test('after Hoàn tác back to the saved state, the designer follows a version saved meanwhile in another window', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup`)
  const designer = await new CertificateSetupPage(page).duplicateTemplate(blank)
  const link = `${dais.url}${new URL(page.url()).hash}`
  const main = page.getByRole('main')
  const name = main.getByRole('textbox', { name: 'Tên mẫu' })
  const save = main.getByRole('button', { name: 'Lưu mẫu', exact: true })
  const unsaved = main.getByRole('status').filter({ hasText: 'Chưa lưu' })
  const undo = main.getByRole('button', { name: 'Hoàn tác', exact: true })

  // An edit here: the register number moved 1 mm right.
  await designer.field('Số sổ vàng').click()
  await page.keyboard.press('ArrowRight')
  await expect(unsaved).toBeVisible()

  const other = await context.newPage()
  await new AppShell(other).open(link)
  const otherName = other.getByRole('main').getByRole('textbox', { name: 'Tên mẫu' })
  const otherSave = other.getByRole('main').getByRole('button', { name: 'Lưu mẫu', exact: true })
  await otherName.fill('Bản lưu ở cửa sổ 2')
  await otherSave.click()
  await expect(otherSave).toBeDisabled()
  // The edit under way is kept…
  await expect(name).toHaveValue(`${blank} (bản sao)`)
  await expect(unsaved).toBeVisible()

  // …and once undone, the designer shows what the other window saved.
  await undo.click()
  await expect(name).toHaveValue('Bản lưu ở cửa sổ 2')
  await expect(unsaved).toBeHidden()
  await expect(save).toBeDisabled()
  await screenshot(page, 'designer-undo-follows-newer')

  // It now edits from that version: a save goes through without asking about a conflict.
  await name.fill('Bản lưu ở cửa sổ 1')
  await save.click()
  await expect(shell.toast('Đã lưu mẫu “Bản lưu ở cửa sổ 1”')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Mẫu đã được sửa ở cửa sổ khác' })).toBeHidden()
  await expect(otherName).toHaveValue('Bản lưu ở cửa sổ 1')
  await other.close()
})
