import { AppShell } from './pages/app-shell'
import { CertificateSetupPage } from './pages/certificates-setup'
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
