/*
 * What the import wizard tests share: jsdom gaps filled, i18n in Vietnamese, antd's App context,
 * a fake backend behind the real api client that records every call, and sample answers.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import type { ImportInspection, ImportPreview } from '@shared/exchange/import';
import { ImportPage } from '../../../renderer/src/features/exchange/ImportPage';

configure({ asyncUtilTimeout: 5000 });


import { fakeBackend, type Handlers } from '../fakeBackend';

export { BackendError, fakeBackend, setupI18n, type FakeBackend, type Handlers } from '../fakeBackend';

export function renderImportPage(kind: 'members' | 'unions' = 'members') {
  window.location.hash = `#/import?kind=${kind}`;
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <ImportPage />
      </AntApp>
    </ConfigProvider>,
  );
}

/** A member list as the backend reads it: header on sheet row 7, columns A–F. */
export function memberInspection(overrides: Partial<ImportInspection> = {}): ImportInspection {
  return {
    token: 'imp-test-1',
    kind: 'members',
    fileName: 'danh-sach.xlsx',
    sheets: [{ index: 0, name: 'Danh sách', rows: 20 }],
    sheetIndex: 0,
    encoding: 'unicode',
    headerRow: 7,
    columns: [
      { index: 0, label: 'STT', samples: ['1', '2', '3'] },
      { index: 1, label: 'Họ và tên', samples: ['Nguyễn Văn A', 'Trần Thị B', 'Lê Văn C'] },
      { index: 2, label: 'Ngày sinh', samples: ['15/03/1985', '05/06/1990', ''] },
      { index: 4, label: 'Số CCCD', samples: ['001085777001', '001190777002', '001078777003'] },
      { index: 7, label: 'Mã CĐCS', samples: ['CS0001', 'CS0001', 'CS0002'] },
    ],
    fields: [
      { key: 'fullName', label: 'Họ và tên', required: true },
      { key: 'birthDate', label: 'Ngày sinh', required: false },
      { key: 'cccd', label: 'Số CCCD', required: false },
      { key: 'union', label: 'Công đoàn cơ sở', required: false },
    ],
    mapping: { fullName: 1, birthDate: 2, cccd: 4, union: 7 },
    ...overrides,
  };
}

export function memberPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    token: 'imp-test-1',
    dataRows: 1234,
    validRows: 1230,
    rejectedRows: 4,
    problems: [
      { row: 13, column: 'Ngày sinh', field: 'birthDate', message: "Ngày sinh '31/02/1990' không có thật. Hãy kiểm tra lại ngày và tháng." },
      { row: 14, column: 'Số CCCD', field: 'cccd', message: "Số CCCD phải có đúng 12 chữ số (đang có 9): '123456789' là số CMND cũ." },
      { row: 15, column: 'Mã CĐCS', field: 'union', message: "Không tìm thấy công đoàn cơ sở 'CS9999'." },
      { row: 1048, column: 'Số CCCD', field: 'cccd', message: 'Số CCCD 001190777002 trùng với dòng 11 của tệp.' },
    ],
    problemCount: 4,
    duplicates: [
      { row: 10, existingId: 501, existingName: 'Nguyễn Văn Đức', existingDetail: '15/03/1985 — CĐCS Trường THCS', reason: 'cccd' },
      { row: 12, existingId: 502, existingName: 'Lê Văn Cường', existingDetail: '1978 — CĐCS Trường Tiểu học', reason: 'nameBirth' },
    ],
    possibleDuplicates: [],
    ...overrides,
  };
}

/** Choose a file in step 1 through the Upload's own input, as a user would. */
export async function chooseFile(container: HTMLElement, name = 'danh-sach.xlsx') {
  const input = container.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  const file = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  fireEvent.change(input, { target: { files: [file] } });
  await screen.findByTestId('chosen-file');
  return file;
}

export const clickButton = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));

/** Choose a file in step 1 and click "Tiếp" through the column mapping, as a user would. */
export async function chooseFileAndMap(container: HTMLElement) {
  await chooseFile(container);
  clickButton('Tiếp');
  await screen.findByTestId('import-step-mapping');
  clickButton('Tiếp');
}

/** The wizard on a member file, walked to the check step until `shownTestId` is on screen. */
export async function openCheckStep(handlers: Handlers, shownTestId: string) {
  const backend = fakeBackend({ 'import:inspect': () => memberInspection(), 'import:preview': () => memberPreview(), ...handlers });
  const view = renderImportPage();
  await chooseFileAndMap(view.container);
  await screen.findByTestId(shownTestId);
  return { backend, view };
}
