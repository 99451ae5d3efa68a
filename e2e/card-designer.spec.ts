import type { Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { CardsSection } from './pages/cards-section'
import { Designer } from './pages/certificates-setup'
import { expect, screenshot, test } from './pages/page-problems'

const shippedCard = 'Thẻ đại biểu 85,6 × 54 mm'
const copyName = `${shippedCard} (bản sao)`
const templateIn = (url: string) => new URL(new URL(url).hash.slice(1), 'http://x').searchParams

/** The sample's cards section, a sub-tab's shipped template copied and open in the designer. */
async function designCopy(
  page: Page,
  url: string,
  tab: 'Thẻ đại biểu' | 'Biển tên',
  shipped: string
) {
  const shell = new AppShell(page)
  await shell.openSample(url, { name: 'Thẻ & giấy mời' })
  const cards = new CardsSection(page)
  await cards.tab(tab).click()
  await cards.panel(tab).getByRole('button', { name: 'Thiết kế mẫu' }).click()
  await new Designer(page, shipped).root.getByRole('button', { name: 'Nhân bản để sửa' }).click()
  const designer = new Designer(page, `${shipped} (bản sao)`)
  await expect(designer.root).toBeVisible()
  return { shell, cards, designer }
}

test('the card designer: its template is in the address (a reload returns to it), and a template gone in another window keeps the edits if asked or closes saying why', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(180_000)
  const { shell, cards, designer } = await designCopy(page, dais.url, 'Thẻ đại biểu', shippedCard)
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
  const { shell, designer } = await designCopy(page, dais.url, 'Thẻ đại biểu', shippedCard)

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

  // "Bỏ thay đổi" forgets a refused value with the other edits.
  await designer.boxInput('Cách mép trên').fill('42')
  await designer.boxInput('Cách mép trên').press('Enter')
  await designer.field('Họ và tên').click()
  await left.fill('12.345')
  await left.press('Enter')
  await designer.field('Đơn vị').click()
  await expect(held).toBeVisible()
  await designer.root.getByRole('button', { name: 'Bỏ thay đổi' }).click()
  await expect(held).toBeHidden()
  await expect(designer.boxInput('Cách mép trên')).toHaveValue('41')
  await designer.field('Họ và tên').click()
  await expect(left).toHaveValue('12.35')
  await expect(left).not.toHaveAttribute('aria-invalid', 'true')
  expect(await shell.reloadAndSee('stay')).toBe('none')
})

test('a name-tent template of the office is deleted from the name tents after a question naming it, by keyboard; the list, a designer open in another window and Hoàn tác follow', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(180_000)
  const shippedTent = 'Biển tên A4 gập đôi'
  const tentCopy = `${shippedTent} (bản sao)`
  const { shell, cards, designer } = await designCopy(page, dais.url, 'Biển tên', shippedTent)
  const tents = cards.panel('Biển tên')

  // The copy open in another window's designer.
  const other = await context.newPage()
  await new AppShell(other).open(`${dais.url}${new URL(page.url()).hash}`)
  await expect(new Designer(other, tentCopy).root).toBeVisible()

  await designer.root.getByRole('button', { name: '← Danh sách mẫu' }).click()
  const template = tents.getByRole('combobox', { name: 'Mẫu biển tên' })
  await expect(tents.getByText(tentCopy, { exact: true })).toBeVisible()
  // A shipped template cannot be deleted: no button for it.
  await cards.choose(template, shippedTent)
  await expect(tents.getByRole('button', { name: /^Xóa mẫu/ })).toHaveCount(0)
  await cards.choose(template, tentCopy)
  const remove = tents.getByRole('button', { name: `Xóa mẫu ${tentCopy}`, exact: true })

  // Asked first, naming it; "Hủy" keeps it.
  await remove.focus()
  await page.keyboard.press('Enter')
  const question = page.getByRole('dialog', { name: 'Xóa mẫu' })
  await expect(question).toContainText(`Xóa mẫu “${tentCopy}”? Có thể hoàn tác bằng Ctrl+Z.`)
  // The question fades in: pictured once it is there.
  await expect(page.locator('.fade-in-linear-enter-active')).toHaveCount(0)
  await screenshot(page, 'name-tent-delete-question')
  await question.getByRole('button', { name: 'Hủy' }).click()
  await expect(question).toBeHidden()
  await expect(tents.getByText(tentCopy, { exact: true })).toBeVisible()

  await remove.focus()
  await page.keyboard.press('Enter')
  await question.getByRole('button', { name: 'Xóa', exact: true }).click()
  await expect(shell.toast(`Đã xóa mẫu “${tentCopy}”`)).toBeVisible()
  await expect(tents.getByText(shippedTent, { exact: true })).toBeVisible()
  await expect(
    tents.getByRole('alert').filter({
      hasText: `Mẫu “${tentCopy}” không còn nữa (đã bị xóa), nên đã chọn mẫu “${shippedTent}” thay vào.`
    })
  ).toBeVisible()
  await expect(remove).toBeHidden()
  await screenshot(page, 'name-tent-deleted')
  const listed = async () =>
    (
      (await page.evaluate("window.dais.listTemplates({ kind: 'nameTent' })")) as {
        value: { name: string }[]
      }
    ).value.map((t) => t.name)
  expect(await listed()).toEqual([shippedTent])
  // The other window's designer, with nothing edited, closes saying why.
  await expect(new AppShell(other).toast('vừa bị xóa ở cửa sổ khác')).toContainText(
    `Mẫu “${tentCopy}” vừa bị xóa ở cửa sổ khác`
  )
  await expect(new Designer(other, tentCopy).root).toBeHidden()

  // Hoàn tác brings it back into the list.
  await shell.undoButton.click()
  await expect.poll(listed).toEqual([shippedTent, tentCopy])
  await cards.choose(template, tentCopy)
  await expect(remove).toBeVisible()
  await other.close()
})
