import ExcelJS from 'exceljs'
import type { Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { expect, screenshot, test } from './pages/page-problems'

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })

/** A group's own registrations list as offices send it: title rows, no unit column. */
async function groupList(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Đăng ký')
  sheet.addRow(['DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025'])
  sheet.mergeCells('A1:E1')
  sheet.addRow(['Tổ dân phố số 1, phường Tiền Phong'])
  sheet.addRow([])
  sheet.addRow(['STT', 'Họ và tên', 'Danh hiệu đăng ký', 'Kết quả', 'Lý do'])
  sheet.addRow([1, '', 'Tổ dân phố văn hóa', 'Đạt', ''])
  sheet.addRow([2, 'Nguyễn Văn An', 'Lao động tiên tiến', 'Đạt', ''])
  sheet.addRow([3, 'Trần Thị Bình', 'Chiến sĩ thi đua cơ sở', 'Không đạt', 'Chưa đủ sáng kiến'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

test('registrations import: a group’s XLSX list without a unit column, the unit chosen for the whole file, into the year grid', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()
  await tab(page, 'Phong trào & chỉ tiêu').click()
  await page.getByRole('spinbutton').nth(0).fill('2025')
  await page.getByRole('spinbutton').nth(1).fill('2030')
  await page.getByRole('button', { name: 'Tạo phong trào' }).click()
  await expect(page.getByLabel('Tên phong trào')).toHaveValue(/2025 - 2030/)
  await tab(page, 'Đơn vị').click()
  for (const [i, name] of ['Tổ dân phố số 1', 'Tổ dân phố số 2'].entries()) {
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
    await page.getByRole('textbox', { name: 'Tên đơn vị' }).nth(i).fill(name)
  }
  await expect(page.getByTestId('units-count')).toHaveText('2 đơn vị, 2 tổ dân phố, 0 hộ')
  await expect(shell.saveStatus).toContainText('Đã lưu')

  await tab(page, 'Đăng ký & kết quả').click()
  await page.getByRole('button', { name: 'Nhập danh sách đăng ký năm 2025…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đăng ký thi đua năm 2025' })
  await dialog.getByLabel('Chọn tệp…').setInputFiles({
    name: 'dang-ky-tdp1.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await groupList()
  })
  await expect(dialog.getByTestId('import-summary')).toContainText('3 dòng, 3 dòng lỗi')
  const fileUnit = dialog.getByRole('group', { name: 'Đơn vị của cả tệp' })
  await expect(fileUnit).toContainText('Tệp không có cột đơn vị: 3 dòng chưa có đơn vị.')
  await screenshot(page, 'registrations-import-01-no-unit-column')
  await fileUnit.getByRole('combobox').selectOption({ label: 'Tổ dân phố số 1' })
  await fileUnit.getByRole('button', { name: 'Điền cho 3 dòng' }).click()
  await expect(fileUnit).toBeHidden()
  await expect(dialog.getByTestId('import-summary')).toContainText('3 dòng, 0 dòng lỗi')
  // the results read are said as the rest of the screens say them, not as stored codes
  const resultOf = (row: number) =>
    dialog.getByLabel(`Kết quả cuối năm ${row}`, { exact: true }).locator('option:checked')
  await expect(resultOf(6)).toHaveText('Đạt')
  await expect(resultOf(7)).toHaveText('Không đạt')
  await screenshot(page, 'registrations-import-02-unit-chosen')
  await dialog.getByRole('button', { name: 'Nhập 3 dòng' }).click()
  await expect(shell.toast(/Đã thêm 3 đăng ký/)).toBeVisible()
  await expect(dialog).toBeHidden()

  const grid = page.getByRole('table', { name: 'Đăng ký & kết quả 2025' })
  await expect(grid.getByLabel('Danh hiệu đăng ký Tổ dân phố số 1')).toHaveValue(
    'title-tdp-van-hoa'
  )
  await expect(grid.getByLabel('Kết quả cuối năm Tổ dân phố số 1', { exact: true })).toHaveValue(
    'achieved'
  )
  await expect(grid.getByLabel('Kết quả cuối năm Tổ dân phố số 1 – Nguyễn Văn An')).toHaveValue(
    'achieved'
  )
  await expect(grid.getByLabel('Lý do / ghi chú Tổ dân phố số 1 – Trần Thị Bình')).toHaveValue(
    'Chưa đủ sáng kiến'
  )
  await expect(grid.getByLabel('Danh hiệu đăng ký Tổ dân phố số 2')).toHaveValue('')
  await screenshot(page, 'registrations-import-03-year-grid')
})
