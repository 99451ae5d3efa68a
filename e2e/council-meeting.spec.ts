import type { Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { expect, screenshot, test } from './pages/page-problems'

/** A unit's proposal of two candidates for this year and a council meeting with 5 members present. */
async function prepare(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    const year = new Date().getFullYear()
    const forms = (await window.dais.listAwardForms({})).value
    const form = forms.find((f) => f.active)
    const unit = (await window.dais.createUnit({ kind: 'residential-group', name: 'Tổ dân phố số 1',
      head: 'Nguyễn Văn An', headPosition: 'Tổ trưởng', households: 100, notes: '' })).value
    const candidate = (name, kind) => ({ kind, name, gender: kind === 'individual' ? 'male' : null,
      positionLine: '', unitId: kind === 'collective' ? unit.id : null, awardFormId: form.id,
      achievement: '' })
    const proposal = (await window.dais.createProposal({ movementId: null, year, unitId: unit.id,
      number: '12/TTr-TDP1', date: null,
      candidates: [candidate('Tổ dân phố số 1', 'collective'), candidate('Nguyễn Văn Bình', 'individual')]
    })).value
    await window.dais.createCouncilMeeting({ movementId: null, year, date: null, place: '',
      chair: '', secretary: '', members: ['Nguyễn Văn Chủ', 'Trần Văn Hai', 'Lê Thị Ba',
      'Phạm Văn Bốn', 'Đỗ Thị Năm'], membersTotal: 7, proposalIds: [proposal.id],
      thresholds: [{ awardFormId: form.id, comparison: '>', percent: 50 }],
      rules: { base: 'members', tie: 'fail' }, ballots: [] })
  })()`)
}

test('the council meeting editor follows another tab and Hoàn tác, and says why a ballot count is refused', async ({
  page,
  context,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await prepare(page)
  const councilUrl = `${dais.url}#/movement?tab=council`
  await page.goto(councilUrl)
  const ballots = page.getByRole('table', { name: 'Kết quả bỏ phiếu' })
  await expect(ballots.getByRole('row')).toHaveCount(3)

  // Typed here and saved; then the other tab changes the place and records a ballot.
  const chair = page.getByLabel('Chủ trì')
  await chair.fill('Nguyễn Văn Chủ')
  await expect(shell.saveStatus).toContainText('Đã lưu')
  const other = await context.newPage()
  await new AppShell(other).open(councilUrl)
  await expect(other.getByLabel('Chủ trì')).toHaveValue('Nguyễn Văn Chủ')
  await other.getByLabel('Địa điểm').fill('Hội trường UBND phường')
  const otherBallots = other.getByRole('table', { name: 'Kết quả bỏ phiếu' })
  await otherBallots.getByLabel('Đồng ý Tổ dân phố số 1', { exact: true }).fill('4')

  // This tab follows without a reload, its own typing kept.
  await expect(page.getByLabel('Địa điểm')).toHaveValue('Hội trường UBND phường')
  const yes = ballots.getByLabel('Đồng ý Tổ dân phố số 1', { exact: true })
  await expect(yes).toHaveValue('4')
  await expect(ballots.getByLabel('Không đồng ý Tổ dân phố số 1', { exact: true })).toHaveValue('0')
  await expect(ballots.locator('tr[data-candidate="Tổ dân phố số 1"]')).toContainText('Thông qua')
  await expect(chair).toHaveValue('Nguyễn Văn Chủ')

  // Hoàn tác takes the ballot back: both tabs show it gone.
  await shell.undoButton.click()
  await expect(yes).toHaveValue('')
  await expect(ballots.locator('tr[data-candidate="Tổ dân phố số 1"]')).toContainText(
    'Chưa bỏ phiếu'
  )
  await expect(otherBallots.getByLabel('Đồng ý Tổ dân phố số 1', { exact: true })).toHaveValue('')
  await other.close()

  // A count that cannot be right says so on its field and is not saved.
  const against = ballots.getByLabel('Không đồng ý Nguyễn Văn Bình', { exact: true })
  await against.fill('-1')
  await expect(against).toHaveAttribute('aria-invalid', 'true')
  await expect(against).toHaveAccessibleDescription('Không được là số âm.')
  await against.fill('ba')
  await expect(against).toHaveAccessibleDescription('Cần nhập một số.')
  await against.fill('2')
  await ballots.getByLabel('Đồng ý Nguyễn Văn Bình', { exact: true }).fill('4')
  const over = ballots.getByLabel('Đồng ý Nguyễn Văn Bình', { exact: true })
  await expect(over).toHaveAccessibleDescription('Tổng 6 phiếu nhiều hơn 5 thành viên có mặt.')
  await expect(against).not.toHaveAttribute('aria-invalid', 'true')
  await screenshot(page, 'council-ballot-refused')
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  const saved = (await page.evaluate('window.dais.listCouncilMeetings({})')) as {
    value: { ballots: unknown[] }[]
  }
  expect(saved.value[0]?.ballots).toEqual([])

  // One count fewer: it reads, is saved and kept over a reload.
  await over.fill('3')
  await expect(over).not.toHaveAttribute('aria-invalid', 'true')
  await expect(ballots.locator('tr[data-candidate="Nguyễn Văn Bình"]')).toContainText('Thông qua')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(ballots.getByLabel('Đồng ý Nguyễn Văn Bình', { exact: true })).toHaveValue('3')
})
