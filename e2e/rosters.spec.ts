import { execFileSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { screenshot } from './fixtures/dais'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, test } from './pages/page-problems'
import { RostersSection } from './pages/rosters-section'

const delegation = 'Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh'

test('delegation: frozen v1, new version with a diff, approval, printed list in Vietnamese order', async ({
  page,
  dais
}) => {
  // A long journey on a machine shared with other test runs.
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const rosters = new RostersSection(page)

  await shell.open(dais.url)
  await home.openSampleButton.click()
  await rosters.open()
  await expect(rosters.list.getByRole('button')).toHaveCount(2)
  await rosters.roster(delegation).click()
  await expect(page.getByText('Đại hội biểu quyết thông qua').first()).toBeVisible()
  await expect(page.getByText(/Phiên bản 1 đã phê duyệt và được khóa/)).toBeVisible()
  const before = await rosters.memberNames()
  expect(before).toHaveLength(8)
  await expect(page.getByRole('button', { name: 'Thêm từ danh sách đại biểu' })).toHaveCount(0)
  await screenshot(page, 'rosters-approved-delegation')

  await rosters.createNewVersion('Đồng chí Cao Văn Lộc nghỉ hưu')
  await expect(page.getByText(/Phiên bản 2 – Dự thảo/).first()).toBeVisible()
  await rosters.removeMember('Cao Văn Lộc')
  await rosters.addDelegate('ngo thanh tam', 'Ngô Thanh Tâm')
  const after = await rosters.memberNames()
  expect(after).toHaveLength(8)

  await rosters.innerTab('Chỉ tiêu cơ cấu').click()
  await expect(page.getByText(/Tổng số: 8 \/ 8/)).toBeVisible()
  await screenshot(page, 'rosters-quota')
  // A quota typed but not saved holds submitting and approving: they check the saved quota.
  const submit = page.getByRole('main').getByRole('button', { name: 'Gửi phê duyệt', exact: true })
  await page.getByLabel('Số lượng được phân bổ').fill('9')
  await expect(page.getByText(/Tổng số: 8 \/ 9/)).toBeVisible()
  await expect(submit).toBeDisabled()
  await expect(rosters.approveButton).toBeDisabled()
  await expect(page.getByText(/Chỉ tiêu cơ cấu có thay đổi chưa lưu/)).toBeVisible()
  await page.getByRole('button', { name: 'Hoàn lại', exact: true }).click()
  await expect(submit).toBeEnabled()

  await rosters.innerTab('Lịch sử phiên bản').click()
  const v2 = rosters.versionHistory.getByRole('listitem', { name: /Phiên bản 2/ })
  await expect(v2).toContainText('Lý do: Đồng chí Cao Văn Lộc nghỉ hưu')
  await expect(v2).toContainText('− Cao Văn Lộc')
  await expect(v2).toContainText('Thêm (1)')
  await screenshot(page, 'rosters-version-history')

  // Submitted, then approved: the roster's card in the list follows each step without a reload.
  await page.getByRole('main').getByRole('button', { name: 'Gửi phê duyệt', exact: true }).click()
  await expect(shell.toast('Đã gửi phê duyệt.')).toBeVisible()
  await expect(rosters.roster(delegation)).toContainText('Chờ phê duyệt')
  await rosters.approve({
    approvedBy: 'Đại hội Thi đua yêu nước phường Tiền Phong',
    basis: 'Đại hội biểu quyết thông qua'
  })
  await expect(shell.toast('Đã phê duyệt 1 danh sách.')).toBeVisible()
  await expect(page.getByText(/Phiên bản 2 đã phê duyệt và được khóa/)).toBeVisible()
  await expect(rosters.roster(delegation)).toContainText('Đã phê duyệt')
  await expect(rosters.roster(delegation)).not.toContainText('Chờ phê duyệt')

  const downloadPromise = page.waitForEvent('download')
  await rosters.printListButton.click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/^danh-sach-trich-ngang-.*-v2\.pdf$/)
  const path = await download.path()
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const sorted = await rosters.memberNames()
  const positions = sorted.map((name) => text.indexOf(name))
  expect(positions.every((p) => p >= 0)).toBe(true)
  expect(positions).toEqual([...positions].sort((a, b) => a - b))
  expect(text).not.toContain('Cao Văn Lộc')
  expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-')

  await rosters.innerTab('Báo cáo cơ cấu').click()
  await expect(page.getByRole('region', { name: 'Giới tính' })).toBeVisible()
  await screenshot(page, 'rosters-composition')
})
