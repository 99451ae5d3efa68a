import type { Page } from '@playwright/test'
import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { CertificateSetupPage } from './pages/certificates-setup'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'
import { RostersSection } from './pages/rosters-section'

/** A council meeting whose first active award form passes with more than 50 %. */
async function prepareCouncil(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const forms = (await window.dais.listAwardForms({})).value
    const form = forms.find((f) => f.active)
    await window.dais.createCouncilMeeting({ movementId: null, year: new Date().getFullYear(),
      date: null, place: '', chair: '', secretary: '', members: ['Nguyễn Văn Chủ'],
      membersTotal: 7, proposalIds: [],
      thresholds: [{ awardFormId: form.id, comparison: '>', percent: 50 }],
      rules: { base: 'members', tie: 'fail' }, ballots: [] })
  })()`)
}

async function storedPercent(page: Page): Promise<number | undefined> {
  const saved = (await page.evaluate('window.dais.listCouncilMeetings({})')) as {
    value: { thresholds: { percent: number }[] }[]
  }
  return saved.value[0]?.thresholds[0]?.percent
}

test('the council threshold says on the field why a percent is refused, and stores only one it takes', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await prepareCouncil(page)
  await page.goto(`${dais.url}#/movement?tab=council`)
  const rules = page.locator('.council-rules')
  const percent = rules.getByRole('spinbutton', { name: /^Ngưỡng thông qua theo hình thức / })
  await expect(percent).toHaveValue('50')

  await percent.fill('150')
  await percent.press('Tab')
  await expect(percent).toHaveValue('150')
  await expect(percent).toHaveAccessibleDescription('Giá trị phải từ 0 đến 100.')
  await screenshot(page, 'number-field-council-threshold')
  expect(await storedPercent(page)).toBe(50)

  await percent.fill('50.125')
  await percent.press('Tab')
  await expect(percent).toHaveAccessibleDescription('Chỉ được tối đa 2 chữ số sau dấu thập phân.')
  expect(await storedPercent(page)).toBe(50)
  // A reload asks first; the stored percent is still 50.
  expect(await shell.reloadAndSee('leave')).toBe('beforeunload')
  await expect(percent).toHaveValue('50')

  await percent.fill('66.67')
  await percent.press('Tab')
  await expect(percent).not.toHaveAttribute('aria-invalid', 'true')
  await expect.poll(() => storedPercent(page)).toBe(66.67)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(percent).toHaveValue('66.67')
})

test('a whole-number field refuses 2.5 with a message instead of rounding it, and holds its action', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const agenda = new AgendaPage(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await agenda.open()
  await agenda.roundsTab.click()
  const capacity = agenda.section.getByRole('spinbutton', { name: 'Số người tối đa trên sân khấu' })
  const split = agenda.section.getByRole('button', { name: 'Chia đợt tự động', exact: true })
  await agenda.section.getByRole('checkbox').first().check()
  await expect(split).toBeEnabled()

  await capacity.fill('2.5')
  await capacity.press('Tab')
  await expect(capacity).toHaveValue('2.5')
  await expect(capacity).toHaveAccessibleDescription('Cần nhập số nguyên.')
  await expect(split).toBeDisabled()
  await expect(split).toHaveAttribute(
    'title',
    'Sửa số người tối đa trên sân khấu trước khi chia đợt.'
  )
  await screenshot(page, 'number-field-whole-number')

  await capacity.fill('3')
  await expect(capacity).not.toHaveAttribute('aria-invalid', 'true')
  await expect(split).toBeEnabled()
})

async function storedTallies(page: Page): Promise<{ households: number; titled: number }[]> {
  const saved = (await page.evaluate('window.dais.listHouseholdTallies({ year: 2025 })')) as {
    value: { households: number; titled: number }[]
  }
  return saved.value.map(({ households, titled }) => ({ households, titled }))
}

test('the year grid says on the field why a household count is refused, and saves none until both read', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.evaluate(`window.dais.createUnit({ kind: 'residential-group', name: 'Tổ dân phố số 5',
    head: '', headPosition: '', households: 100, notes: '' })`)
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()
  await page.getByRole('tab', { name: 'Phong trào & chỉ tiêu', exact: true }).click()
  const fromYear = page.getByRole('spinbutton').nth(0)
  await fromYear.fill('20255')
  await expect(fromYear).toHaveAccessibleDescription('Giá trị phải từ 1900 đến 2200.')
  await expect(page.getByRole('button', { name: 'Tạo phong trào' })).toBeDisabled()
  await fromYear.fill('2025')
  await page.getByRole('spinbutton').nth(1).fill('2030')
  await page.getByRole('button', { name: 'Tạo phong trào' }).click()
  await expect(page.getByLabel('Tên phong trào')).toHaveValue(/2025 - 2030/)
  await page.getByRole('tab', { name: 'Đăng ký & kết quả', exact: true }).click()
  const grid = page.getByRole('table', { name: 'Đăng ký & kết quả 2025' })
  const households = grid.getByLabel('Số hộ Tổ dân phố số 5')
  const titled = grid.getByLabel('Hộ đạt GĐVH Tổ dân phố số 5')
  await expect(households).toHaveValue('100')

  for (const [typed, why] of [
    ['abc', 'Cần nhập một số.'],
    ['-5', 'Không được là số âm.'],
    ['2.5', 'Cần một số nguyên.']
  ]) {
    await households.fill('')
    // Key by key: the "2" on the way to "2.5" reads, and must not be saved either.
    await households.pressSequentially(typed!)
    await expect(households).toHaveValue(typed!)
    await expect(households).toHaveAttribute('aria-invalid', 'true')
    await expect(households).toHaveAccessibleDescription(why!)
  }
  await screenshot(page, 'number-field-year-grid-households')
  // Nothing was saved, not even the "2" on the way to "2.5"; a reload asks first.
  expect(await shell.reloadAndSee('leave')).toBe('beforeunload')
  expect(await storedTallies(page)).toEqual([])
  await expect(households).toHaveValue('100')

  await titled.fill('150')
  await expect(titled).toHaveAccessibleDescription('Số hộ đạt (150) nhiều hơn số hộ (100).')
  await screenshot(page, 'number-field-year-grid-titled')
  expect(await storedTallies(page)).toEqual([])

  // More households make the 150 right: both are saved together and kept.
  await households.fill('200')
  await expect(titled).not.toHaveAttribute('aria-invalid', 'true')
  await expect(households).not.toHaveAttribute('aria-invalid', 'true')
  await expect.poll(() => storedTallies(page)).toEqual([{ households: 200, titled: 150 }])
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(households).toHaveValue('200')
  await expect(titled).toHaveValue('150')
})

test('the designer holds its save while a property field refuses a value, and says why', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup`)
  const designer = await new CertificateSetupPage(page).duplicateTemplate(
    'Giấy khen — in trên phôi A4 ngang'
  )
  await designer.field('Số sổ vàng').click()
  const top = designer.boxInput('Cách mép trên')
  await top.fill('185')
  await top.press('Enter')
  await expect(designer.saveButton).toBeEnabled()

  const left = designer.boxInput('Cách mép trái')
  await left.fill('2000')
  await left.press('Enter')
  await expect(left).toHaveAccessibleDescription('Giá trị phải từ -50 đến 1200.')
  const why = 'Một ô số đang giữ giá trị không hợp lệ (viền đỏ): sửa ô đó trước khi lưu.'
  await expect(designer.saveButton).toBeDisabled()
  await expect(designer.saveButton).toHaveAttribute('title', why)
  await expect(designer.root.getByRole('status').filter({ hasText: why })).toBeVisible()
  await screenshot(page, 'number-field-designer-save-held')
  // Ctrl+S does not save past it either.
  await page.keyboard.press('Control+s')
  await expect(shell.toast(/Đã lưu mẫu/)).toHaveCount(0)

  await left.fill('40')
  await left.press('Enter')
  await expect(designer.saveButton).toBeEnabled()
  await designer.saveButton.click()
  await expect(shell.toast(/Đã lưu mẫu/)).toBeVisible()
})

test('the quota editor’s Hoàn lại forgets a refused number on its field', async ({
  page,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  const rosters = new RostersSection(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await rosters.open()
  await rosters.roster('Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh').click()
  await rosters.createNewVersion('Thử chỉ tiêu')
  await rosters.innerTab('Chỉ tiêu cơ cấu').click()
  const total = page.getByRole('spinbutton', { name: 'Số lượng được phân bổ' })
  await expect(total).toHaveValue('8')
  const reset = page.getByRole('button', { name: 'Hoàn lại', exact: true })
  await expect(reset).toBeDisabled()

  await total.fill('200000')
  await total.press('Tab')
  await expect(total).toHaveAccessibleDescription('Giá trị phải từ 0 đến 100000.')
  await expect(page.getByRole('button', { name: 'Lưu chỉ tiêu' })).toBeDisabled()
  await screenshot(page, 'number-field-quota-refused')
  await expect(reset).toBeEnabled()
  await reset.click()
  await expect(total).toHaveValue('8')
  await expect(total).not.toHaveAttribute('aria-invalid', 'true')
  await expect(reset).toBeDisabled()
  expect(await shell.reloadAndSee('stay')).toBe('none')
})
