import { AppShell } from './pages/app-shell'
import { EventFormDialog } from './pages/event-form-dialog'
import { EventListPage } from './pages/event-list-page'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { OrganisationPage, type OrganisationValues } from './pages/organisation-page'
import { expect, screenshot, test } from './pages/page-problems'

const sampleTitle = 'Đại hội Thi đua yêu nước phường Tiền Phong giai đoạn 2020 - 2025'

const conference = {
  title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025',
  kind: 'Hội nghị',
  periodFrom: '2025',
  periodTo: '2025',
  date: '05/09/2025',
  startTime: '14:00',
  venue: 'Hội trường Ủy ban nhân dân phường Tiền Phong',
  organiser: 'Ủy ban nhân dân phường Tiền Phong'
} as const

const organisation: OrganisationValues = {
  authorityName: 'Ủy ban nhân dân phường Hạc Thành',
  headerLines: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG HẠC THÀNH'],
  placeName: 'Hạc Thành',
  documentSymbol: 'QĐ-UBND',
  signers: [
    { name: 'Lê Văn Đức', title: 'CHỦ TỊCH' },
    { name: 'Phạm Thị Ngọc Ánh', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'CHỦ TỊCH' }
  ],
  operatorName: 'Nguyễn Thị Lan'
}

test('first run: sample, a new event and the organisation survive a reload and a restart', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  const org = new OrganisationPage(page)

  await shell.open(dais.url)
  await expect(home.emptyState).toBeVisible()
  await expect(home.createButton).toBeVisible()
  await screenshot(page, 'home-empty')

  await home.openSampleButton.click()
  await expect(workspace.heading(sampleTitle)).toBeVisible()
  await expect(workspace.overviewTab).toBeVisible()
  await expect(workspace.detailRow('Giai đoạn tổng kết')).toContainText('2020–2025')
  await expect(workspace.detailRow('Giai đoạn phát động')).toContainText('2025–2030')
  await screenshot(page, 'sample-workspace')

  await workspace.backLink.click()
  await expect(home.titleLink(sampleTitle)).toBeVisible()
  const dialog = await home.openCreateDialog()
  await dialog.fill(conference)
  await screenshot(page, 'create-event-dialog')
  await dialog.submit()
  await expect(dialog.root).toBeHidden()
  await expect(workspace.heading(conference.title)).toBeVisible()
  await expect(workspace.detailRow('Loại sự kiện')).toContainText('Hội nghị')
  await expect(workspace.detailRow('Ngày tổ chức')).toContainText('05/09/2025')
  await expect(workspace.detailRow('Địa điểm')).toContainText(conference.venue)
  // The open tab is in the address: a reload returns to it.
  const agendaTab = page.getByRole('main').getByRole('tab', { name: 'Chương trình' })
  await agendaTab.click()
  await expect(page).toHaveURL(/[?&]tab=agenda/)
  await page.reload()
  await expect(agendaTab).toHaveAttribute('aria-selected', 'true')
  await workspace.overviewTab.click()

  await shell.goTo('Cơ quan')
  await org.fill(organisation)
  await org.save()
  await expect(shell.saveStatus).toContainText(/Đã lưu \d{2}:\d{2}/)
  await screenshot(page, 'organisation')

  const expectEverythingThere = async () => {
    await shell.goTo('Sự kiện')
    await expect(home.titleLink(sampleTitle)).toBeVisible()
    await expect(home.titleLink(conference.title)).toBeVisible()
    await expect(home.row(conference.title)).toContainText('05/09/2025')
    await shell.goTo('Cơ quan')
    await org.expectValues(organisation)
  }

  await page.reload()
  await expect(shell.saveStatus).toContainText('Đã lưu')
  await expectEverythingThere()

  await dais.restart()
  await shell.open(dais.url)
  await expectEverythingThere()
  await shell.goTo('Sự kiện')
  await expect(home.list).toBeVisible()
  await screenshot(page, 'event-list')

  // The edit dialog shows what was saved, field by field.
  await home.rowButton(conference.title, 'Sửa').click()
  const edit = new EventFormDialog(page, 'edit')
  await expect(edit.title).toHaveValue(conference.title)
  await expect(edit.root.getByRole('radio', { name: 'Hội nghị' })).toBeChecked()
  await expect(edit.field('Giờ bắt đầu')).toHaveValue(conference.startTime)
  await expect(edit.field('Đơn vị tổ chức')).toHaveValue(conference.organiser)
  await edit.cancelButton.click()
  await expect(edit.root).toBeHidden()
})
