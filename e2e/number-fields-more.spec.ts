import type { Page } from '@playwright/test'
import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

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
