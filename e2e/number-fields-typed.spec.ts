import type { Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { HonoursSection } from './pages/honours-section'
import { expect, screenshot, test } from './pages/page-problems'

const thisYear = new Date().getFullYear()
const yearRange = `Giá trị phải từ 1900 đến ${thisYear}.`
const birthYearColumn = 4
const now = new Date()
const todayText = [now.getDate(), now.getMonth() + 1]
  .map((n) => String(n).padStart(2, '0'))
  .concat(String(now.getFullYear()))
  .join('/')

test('a birth year that cannot be right is refused at its grid cell and in the form, never saved; a good one saves', async ({
  page,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  const delegates = new DelegatesSectionPage(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await delegates.open()
  await delegates.search.fill('Nguyễn Văn Hùng')
  const year = delegates.cell('Nguyễn Văn Hùng', birthYearColumn)
  const savedYear = (await year.textContent())!.trim()
  expect(savedYear).toMatch(/^\d{4}$/)

  // In the grid: the editor stays open on the cell, with the reason under it.
  await year.dblclick()
  const editor = delegates.grid.locator('.cell-editor')
  const problem = delegates.grid.getByRole('alert')
  for (const [typed, reason] of [
    ['abc', 'Cần nhập một số.'],
    ['-3', yearRange],
    ['1980,5', 'Cần nhập số nguyên.'],
    ['1850', yearRange],
    [String(thisYear + 1), yearRange]
  ]) {
    await editor.fill(typed!)
    await editor.press('Enter')
    await expect(problem).toHaveText(reason!)
    await expect(editor).toHaveValue(typed!)
    await expect(editor).toHaveAttribute('aria-invalid', 'true')
    await expect(editor).toHaveAccessibleDescription(reason!)
  }
  await screenshot(page, 'number-typed-grid-year')
  // Leaving asks first; the stored year is still the old one.
  expect(await shell.reloadAndSee('leave')).toBe('beforeunload')
  await delegates.open()
  await delegates.search.fill('Nguyễn Văn Hùng')
  await expect(year).toHaveText(savedYear)
  await delegates.editCell('Nguyễn Văn Hùng', birthYearColumn, '1975')
  await expect(year).toHaveText('1975')
  await expect(problem).toHaveCount(0)

  // In the form: the year is refused on its field and the save is held.
  await delegates.search.fill('')
  await delegates.addButton.click()
  const form = delegates.dialog('Thêm đại biểu')
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('Lê Thị Năm Sinh')
  const birthYear = form.getByRole('spinbutton', { name: 'Năm sinh' })
  await birthYear.fill('2200')
  await birthYear.press('Tab')
  await expect(birthYear).toHaveAccessibleDescription(yearRange)
  await screenshot(page, 'number-typed-form-year')
  await form.getByRole('button', { name: 'Lưu' }).click()
  await expect(form).toBeVisible()
  await expect(delegates.status).toContainText('120 / 120 đại biểu')
  await birthYear.fill('1980.5')
  await expect(birthYear).toHaveAccessibleDescription('Cần nhập số nguyên.')
  // A date of birth after today is refused on its field too.
  const birthDate = form.getByRole('textbox', { name: 'Ngày sinh' })
  await birthDate.fill('24/12/2099')
  await expect(form.getByRole('alert').filter({ hasText: 'Ngày không được sau' })).toHaveText(
    `Ngày không được sau ${todayText}`
  )
  await screenshot(page, 'number-typed-form-year-and-date')
  await form.getByRole('button', { name: 'Lưu' }).click()
  await expect(form).toBeVisible()
  await birthDate.fill('')
  await birthYear.fill('1982')
  await expect(birthYear).not.toHaveAttribute('aria-invalid', 'true')
  await form.getByRole('button', { name: 'Lưu' }).click()
  await expect(form).toBeHidden()
  await expect(delegates.status).toContainText('121 / 121 đại biểu')
  await delegates.search.fill('Lê Thị Năm Sinh')
  await expect(delegates.cell('Lê Thị Năm Sinh', birthYearColumn)).toHaveText('1982')
})

async function storedHouseholds(page: Page): Promise<(number | null)[]> {
  const units = (await page.evaluate('window.dais.listUnits({})')) as {
    value: { households: number | null }[]
  }
  return units.value.map((u) => u.households)
}

test('a household count that cannot be right is refused on its cell, never saved; a good one saves', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.evaluate(`window.dais.createUnit({ kind: 'residential-group', name: 'Tổ dân phố số 5',
    head: '', headPosition: '', households: 100, notes: '' })`)
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()
  await page.getByRole('tab', { name: 'Đơn vị', exact: true }).click()
  const count = page.getByRole('textbox', { name: 'Số hộ Tổ dân phố số 5' })
  await expect(count).toHaveValue('100')
  for (const [typed, reason] of [
    ['abc', 'Cần nhập một số.'],
    ['-3', 'Giá trị phải từ 0 đến 100000.'],
    ['2,5', 'Cần nhập số nguyên.'],
    ['1.5', 'Cần nhập số nguyên.']
  ]) {
    await count.fill(typed!)
    await expect(count).toHaveAccessibleDescription(reason!)
    await expect(count).toHaveValue(typed!)
  }
  await screenshot(page, 'number-typed-households')
  await expect(page.getByTestId('units-count')).toContainText('100 hộ')
  expect(await storedHouseholds(page)).toEqual([100])
  expect(await shell.reloadAndSee('leave')).toBe('beforeunload')
  await page.getByRole('tab', { name: 'Đơn vị', exact: true }).click()
  await expect(count).toHaveValue('100')

  await count.fill('120')
  await expect(count).not.toHaveAttribute('aria-invalid', 'true')
  await expect.poll(() => storedHouseholds(page)).toEqual([120])
  // An emptied count is no count (the group's households are not known), not 0.
  await count.fill('')
  await expect(count).not.toHaveAttribute('aria-invalid', 'true')
  await expect.poll(() => storedHouseholds(page)).toEqual([null])
})

async function storedSalaries(page: Page): Promise<number[]> {
  const eventId = /#\/events\/([^/?]+)/.exec(page.url())![1]
  const decisions = (await page.evaluate(
    `window.dais.listDecisions({ eventId: ${JSON.stringify(eventId)} })`
  )) as { value: { baseSalary: number }[] }
  return decisions.value.map((d) => d.baseSalary)
}

test('a base salary typed as a fraction is refused on its field, not read as 25 đồng; an amount saves', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const honours = new HonoursSection(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await honours.open('Quyết định')
  const before = await storedSalaries(page)
  await honours.newDecisionButton.click()
  await expect.poll(async () => (await storedSalaries(page)).length).toBe(before.length + 1)
  const saved = (await storedSalaries(page)).at(-1)!
  const salary = page.getByRole('main').getByRole('textbox', { name: 'Mức lương cơ sở (đồng)' })
  const problem = page.getByRole('main').getByText(/^Nhập số tiền bằng chữ số/)
  for (const typed of ['2,5', '1.5', '-3', 'abc', '']) {
    await salary.fill(typed)
    await salary.press('Tab')
    await expect(problem).toBeVisible()
  }
  await screenshot(page, 'number-typed-base-salary')
  expect((await storedSalaries(page)).at(-1)).toBe(saved)

  await salary.fill('2.530.000')
  await salary.press('Tab')
  await expect(problem).toHaveCount(0)
  await expect.poll(async () => (await storedSalaries(page)).at(-1)).toBe(2_530_000)
})
