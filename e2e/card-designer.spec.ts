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

test('a refused decimal stays with its field in the card designer: the save is held naming that field while another is selected, and the value is shown again on coming back', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Thẻ & giấy mời' })
  const cards = new CardsSection(page)
  await cards.tab('Thẻ đại biểu').click()
  await cards.root.getByRole('button', { name: 'Thiết kế mẫu' }).click()
  await new Designer(page, shippedCard).root
    .getByRole('button', { name: 'Nhân bản để sửa' })
    .click()
  const designer = new Designer(page, copyName)
  await expect(designer.root).toBeVisible()

  await designer.field('Họ và tên').click()
  const left = designer.boxInput('Cách mép trái')
  await expect(left).toHaveValue('3')
  await left.fill('12.345')
  await left.press('Tab')
  await expect(left).toHaveValue('12.345')
  await expect(left).toHaveAccessibleDescription('Chỉ được tối đa 2 chữ số sau dấu thập phân.')
  await screenshot(page, 'card-designer-decimals-refused')

  // Another field selected: the refused value is not dropped, and a reload asks first.
  await designer.field('Đơn vị').click()
  await expect(left).toHaveValue('3')
  await expect(left).not.toHaveAttribute('aria-invalid', 'true')
  const why =
    'Ô “Họ và tên” còn giữ một giá trị không hợp lệ ở mục “Cách mép trái” (12.345): chọn lại ô đó và sửa trước khi lưu.'
  const held = designer.root.getByRole('status').filter({ hasText: why })
  await expect(held).toBeVisible()
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(held).toBeVisible()

  // An accepted edit of the other field: the save stays held, by its button and by Ctrl+S.
  await designer.boxInput('Cách mép trên').fill('41')
  await designer.boxInput('Cách mép trên').press('Enter')
  await expect(designer.saveButton).toBeDisabled()
  await expect(designer.saveButton).toHaveAttribute('title', why)
  await screenshot(page, 'card-designer-refused-elsewhere')
  await page.keyboard.press('Control+s')
  await expect(shell.toast(/Đã lưu mẫu/)).toHaveCount(0)

  // Back on the field, by the canvas or by the message's button: the value as typed, refused.
  await designer.field('Họ và tên').click()
  await expect(left).toHaveValue('12.345')
  await expect(left).toHaveAccessibleDescription('Chỉ được tối đa 2 chữ số sau dấu thập phân.')
  await expect(designer.saveButton).toBeDisabled()
  await designer.field('Đơn vị').click()
  await designer.root.getByRole('button', { name: 'Sửa ô “Họ và tên”' }).click()
  await expect(designer.properties.getByRole('textbox', { name: 'Tên ô' })).toHaveValue('Họ và tên')
  await expect(left).toHaveValue('12.345')

  // Corrected: saved, both edits kept.
  await left.fill('12.35')
  await left.press('Enter')
  await expect(held).toBeHidden()
  await expect(designer.saveButton).toBeEnabled()
  await designer.saveButton.click()
  await expect(shell.toast(`Đã lưu mẫu “${copyName}”`)).toBeVisible()
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await designer.field('Họ và tên').click()
  await expect(left).toHaveValue('12.35')
  await designer.field('Đơn vị').click()
  await expect(designer.boxInput('Cách mép trên')).toHaveValue('41')
})
