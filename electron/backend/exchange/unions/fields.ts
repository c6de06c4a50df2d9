import { combine, defineField, type ImportField } from '../fields/types';

const WORKER_HEADERS = ['Số CNVCLĐ', 'CNVCLĐ', 'Tổng số CNVCLĐ', 'Số CNVC-LĐ', 'Số lao động', 'Lao động', 'Số công nhân viên chức lao động'];

/** The grassroots-union (CĐCS) fields an Excel list can fill. */
export const UNION_FIELDS: readonly ImportField[] = [
  defineField({ key: 'rowNumber', labelVi: 'STT', labelEn: 'No.', kind: 'ignore', synonyms: ['TT', 'Số TT', 'Số thứ tự'] }),
  defineField({
    key: 'code',
    labelVi: 'Mã CĐCS',
    labelEn: 'Code',
    kind: 'text',
    maxLength: 30,
    synonyms: ['Mã', 'Mã đơn vị', 'Mã công đoàn', 'Mã số', 'Mã công đoàn cơ sở'],
  }),
  defineField({
    key: 'name',
    labelVi: 'Tên CĐCS',
    labelEn: 'Name',
    kind: 'text',
    required: true,
    maxLength: 200,
    synonyms: ['Tên công đoàn cơ sở', 'Công đoàn cơ sở', 'CĐCS', 'Tên đơn vị', 'Đơn vị', 'Tên', 'Tên công đoàn'],
  }),
  defineField({ key: 'shortName', labelVi: 'Tên viết tắt', labelEn: 'Short name', kind: 'text', maxLength: 60, synonyms: ['Tên tắt', 'Viết tắt'] }),
  defineField({
    key: 'sector',
    labelVi: 'Khu vực',
    labelEn: 'Sector',
    kind: 'sector',
    synonyms: ['Loại hình', 'Khối', 'Loại hình đơn vị', 'Khu vực kinh tế', 'Loại hình doanh nghiệp', 'Lĩnh vực'],
  }),
  defineField({ key: 'address', labelVi: 'Địa chỉ', labelEn: 'Address', kind: 'text', maxLength: 300, synonyms: ['Trụ sở', 'Địa chỉ trụ sở'] }),
  defineField({
    key: 'foundedOn',
    labelVi: 'Ngày thành lập',
    labelEn: 'Founded on',
    kind: 'date',
    synonyms: ['Ngày thành lập CĐCS', 'Thành lập ngày', 'Ngày thành lập công đoàn'],
  }),
  defineField({
    key: 'foundingDecision',
    labelVi: 'Quyết định thành lập',
    labelEn: 'Founding decision',
    kind: 'text',
    maxLength: 60,
    synonyms: ['Số quyết định thành lập', 'Số QĐ thành lập', 'QĐ thành lập', 'Số quyết định'],
  }),
  defineField({
    key: 'workersTotal',
    labelVi: 'Tổng số CNVCLĐ',
    labelEn: 'Workers',
    kind: 'count',
    synonyms: [...WORKER_HEADERS, 'Tổng số', 'Tổng số lao động', 'Tổng', ...combine(WORKER_HEADERS, ['Tổng số', 'Tổng', 'Cộng'])],
  }),
  defineField({
    key: 'workersFemale',
    labelVi: 'Nữ',
    labelEn: 'Female workers',
    kind: 'count',
    synonyms: ['Số nữ', 'Lao động nữ', 'CNVCLĐ nữ', 'Trong đó nữ', 'Trong đó: Nữ', ...combine(WORKER_HEADERS, ['Nữ', 'Trong đó nữ', 'Trong đó: Nữ'])],
  }),
  defineField({
    key: 'chairName',
    labelVi: 'Chủ tịch CĐCS',
    labelEn: 'Chairperson',
    kind: 'name',
    maxLength: 120,
    synonyms: ['Chủ tịch', 'Họ tên chủ tịch', 'Họ và tên chủ tịch', 'Chủ tịch công đoàn', 'Chủ tịch CĐ'],
  }),
  defineField({
    key: 'phone',
    labelVi: 'Điện thoại',
    labelEn: 'Phone',
    kind: 'phone',
    synonyms: ['SĐT', 'Số điện thoại', 'ĐT', 'Số ĐT', 'Điện thoại liên hệ', 'Điện thoại chủ tịch'],
  }),
];
