import { AppShell } from './pages/app-shell'
import { CardsSection } from './pages/cards-section'
import { Designer } from './pages/certificates-setup'
import { expect, screenshot, test } from './pages/page-problems'

const shippedCard = 'Thẻ đại biểu 85,6 × 54 mm'
const copyName = `${shippedCard} (bản sao)`
const templateIn = (url: string) => new URL(new URL(url).hash.slice(1), 'http://x').searchParams

test('the card designer: its template is in the address (a reload returns to it), and a template gone in another window keeps the edits if asked or closes saying why', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Thẻ & giấy mời' })
  const cards = new CardsSection(page)
  await cards.tab('Thẻ đại biểu').click()
  await cards.root.getByRole('button', { name: 'Thiết kế mẫu' }).click()
  const shipped = new Designer(page, shippedCard)
  await shipped.root.getByRole('button', { name: 'Nhân bản để sửa' }).click()
  const designer = new Designer(page, copyName)
  await expect(designer.root).toBeVisible()
  const copyId = templateIn(page.url()).get('template')
  expect(copyId).toMatch(/.+/)
  expect(templateIn(page.url()).get('sub')).toBe('cards')
  const copyLink = page.url()

  // A reload returns to the copy's designer.
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(designer.root).toBeVisible()
  const name = page.getByRole('main').getByRole('textbox', { name: 'Tên mẫu' })
  await expect(name).toHaveValue(copyName)

  // Edited here; the copy's creation undone in another window: asked, the edits kept as new.
  await name.fill('Thẻ đại biểu sửa dở')
  const edited = new Designer(page, 'Thẻ đại biểu sửa dở')
  await expect(edited.root.getByRole('status').filter({ hasText: 'Chưa lưu' })).toBeVisible()
  const other = await context.newPage()
  const otherShell = new AppShell(other)
  await otherShell.open(dais.url)
  await otherShell.undoButton.click()
  const question = page.getByRole('dialog', { name: 'Mẫu đã bị xóa' })
  await expect(question).toContainText('Mẫu này vừa bị xóa ở cửa sổ khác')
  await expect(name).toHaveValue('Thẻ đại biểu sửa dở')
  await screenshot(page, 'card-designer-deleted-elsewhere')
  await question.getByRole('button', { name: 'Lưu thành mẫu mới' }).click()
  await expect(shell.toast('Đã lưu các thay đổi thành mẫu mới “Thẻ đại biểu sửa dở”')).toBeVisible()
  await expect(edited.saveButton).toBeDisabled()
  const keptId = templateIn(page.url()).get('template')
  expect(keptId).not.toBe(copyId)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(name).toHaveValue('Thẻ đại biểu sửa dở')

  // Nothing edited: gone elsewhere, the designer closes with a message, back on the cards tab.
  await otherShell.undoButton.click()
  await expect(shell.toast('vừa bị xóa ở cửa sổ khác')).toContainText(
    'Mẫu “Thẻ đại biểu sửa dở” vừa bị xóa ở cửa sổ khác'
  )
  await expect(edited.root).toBeHidden()
  await expect(cards.printButton).toBeVisible()
  expect(templateIn(page.url()).get('template')).toBeNull()
  expect(templateIn(page.url()).get('sub')).toBe('cards')

  // An old link to the copy opens the cards with a message saying why.
  await page.goto('about:blank')
  await shell.open(copyLink)
  await expect(cards.root.getByRole('alert').filter({ hasText: 'Không mở được mẫu' })).toBeVisible()
  await expect(cards.printButton).toBeVisible()
  expect(templateIn(page.url()).get('template')).toBeNull()
  await screenshot(page, 'card-designer-missing-link')
  await other.close()
})
