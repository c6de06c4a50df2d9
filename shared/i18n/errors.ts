import type { ErrorCode } from '../ipc/result';
import { interpolate, type Locale } from './locale';

/** Error messages shared by the backend (CLI, IPC) and the renderer's i18next "errors" namespace. */
export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  vi: {
    VALIDATION: 'Dữ liệu không hợp lệ: {{reason}}',
    NOT_FOUND: 'Không tìm thấy {{what}}.',
    CONFLICT: '{{reason}}',
    UNKNOWN_CHANNEL: 'Thao tác "{{channel}}" không tồn tại.',
    FORBIDDEN: 'Yêu cầu bị từ chối: {{reason}}',
    CANCELLED: 'Đã hủy thao tác.',
    DB_NOT_SQLITE: 'Tệp "{{file}}" không phải là cơ sở dữ liệu UnionDesk (SQLite). Hãy chọn đúng tệp hoặc khôi phục từ bản sao lưu.',
    DB_CORRUPT: 'Cơ sở dữ liệu "{{file}}" bị hỏng ({{reason}}). Hãy khôi phục từ bản sao lưu.',
    DB_TOO_NEW:
      'Cơ sở dữ liệu được tạo bởi phiên bản UnionDesk mới hơn (lược đồ {{found}}, phiên bản này hỗ trợ đến {{supported}}). Hãy cập nhật UnionDesk; dữ liệu chưa bị thay đổi.',
    MIGRATION_FAILED: 'Không nâng cấp được cơ sở dữ liệu lên phiên bản {{version}} ({{name}}): {{reason}}. Dữ liệu vẫn ở phiên bản cũ; bản sao lưu trước khi nâng cấp nằm trong thư mục backups.',
    DATA_DIR_NOT_WRITABLE: 'Không ghi được vào thư mục dữ liệu "{{dir}}": {{reason}}. Hãy chọn thư mục khác hoặc cấp quyền ghi.',
    FILE_NOT_FOUND: 'Không tìm thấy tệp "{{file}}".',
    BASE_SALARY_DATE_TAKEN: 'Đã có mức lương cơ sở áp dụng từ ngày {{date}}. Hãy sửa dòng đó thay vì thêm dòng mới.',
    MEMBER_NOT_FOUND: 'Không tìm thấy đoàn viên (mã {{id}}); có thể đã bị xóa.',
    MEMBER_NOT_ACTIVE: 'Đoàn viên {{name}} không còn sinh hoạt tại công đoàn cơ sở nên không thể chuyển hoặc ghi nhận thôi sinh hoạt.',
    UNION_NOT_FOUND: 'Không tìm thấy công đoàn cơ sở "{{ref}}".',
    UNION_DISSOLVED: 'Công đoàn cơ sở "{{name}}" đã giải thể ngày {{date}}; không thể thêm đoàn viên vào đó.',
    UNION_HAS_MEMBERS: 'Công đoàn cơ sở "{{name}}" còn {{count}} đoàn viên đang sinh hoạt; hãy chuyển họ đi trước khi giải thể.',
    UNION_CODE_TAKEN: 'Mã "{{code}}" đã được dùng cho công đoàn cơ sở "{{name}}".',
    SAME_UNION: 'Đơn vị chuyển đến trùng với đơn vị hiện tại.',
    IMPORT_EXPIRED: 'Phiên nhập đã hết hạn; hãy chọn lại tệp.',
    IMPORT_UNREADABLE: 'Không đọc được tệp "{{file}}": không phải tệp Excel (.xlsx, .xls) hoặc tệp bị hỏng ({{reason}}).',
    IMPORT_ENCRYPTED: 'Tệp "{{file}}" có mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu, lưu lại rồi nhập.',
    IMPORT_NO_HEADER: 'Không tìm thấy dòng tiêu đề trong trang "{{sheet}}" của tệp "{{file}}" (cần có cột như "Họ và tên"). Hãy chọn trang khác hoặc sửa tiêu đề cột.',
    IMPORT_MISSING_COLUMN: 'Chưa chọn cột cho "{{field}}", thông tin bắt buộc.',
    OFFICE_NOT_SET: 'Chưa có tên đơn vị của bạn. Hãy nhập tên đơn vị trong Cài đặt trước.',
    SETUP_ALREADY_DONE: 'Dữ liệu đã được khởi tạo; không thể nạp lại dữ liệu mẫu lên dữ liệu đang dùng.',
    INTERNAL: 'Lỗi không mong muốn: {{reason}}',
  },
  en: {
    VALIDATION: 'Invalid data: {{reason}}',
    NOT_FOUND: '{{what}} was not found.',
    CONFLICT: '{{reason}}',
    UNKNOWN_CHANNEL: 'There is no operation "{{channel}}".',
    FORBIDDEN: 'Request refused: {{reason}}',
    CANCELLED: 'The operation was cancelled.',
    DB_NOT_SQLITE: 'The file "{{file}}" is not a UnionDesk (SQLite) database. Choose the right file or restore a backup.',
    DB_CORRUPT: 'The database "{{file}}" is damaged ({{reason}}). Restore it from a backup.',
    DB_TOO_NEW:
      'This database was made by a newer UnionDesk (schema {{found}}; this version supports up to {{supported}}). Update UnionDesk; your data has not been changed.',
    MIGRATION_FAILED: 'Could not upgrade the database to version {{version}} ({{name}}): {{reason}}. The data is still at the old version; a backup taken before the upgrade is in the backups folder.',
    DATA_DIR_NOT_WRITABLE: 'Cannot write to the data folder "{{dir}}": {{reason}}. Choose another folder or grant write access.',
    FILE_NOT_FOUND: 'File "{{file}}" was not found.',
    BASE_SALARY_DATE_TAKEN: 'A base salary from {{date}} already exists. Edit that row instead of adding a new one.',
    MEMBER_NOT_FOUND: 'Member #{{id}} was not found; it may have been deleted.',
    MEMBER_NOT_ACTIVE: '{{name}} is no longer an active member, so they cannot be transferred or recorded as leaving.',
    UNION_NOT_FOUND: 'Grassroots union "{{ref}}" was not found.',
    UNION_DISSOLVED: 'Grassroots union "{{name}}" was dissolved on {{date}}; members cannot be added to it.',
    UNION_HAS_MEMBERS: 'Grassroots union "{{name}}" still has {{count}} active members; transfer them before dissolving it.',
    UNION_CODE_TAKEN: 'Code "{{code}}" is already used by "{{name}}".',
    SAME_UNION: 'The destination is the union the member is already in.',
    IMPORT_EXPIRED: 'This import has expired; choose the file again.',
    IMPORT_UNREADABLE: 'Cannot read "{{file}}": it is not an Excel file (.xlsx, .xls) or it is damaged ({{reason}}).',
    IMPORT_ENCRYPTED: '"{{file}}" is password-protected. Open it in Excel, remove the password, save it and import again.',
    IMPORT_NO_HEADER: 'No header row was found on sheet "{{sheet}}" of "{{file}}" (a column such as "Họ và tên" is needed). Choose another sheet or fix the column titles.',
    IMPORT_MISSING_COLUMN: 'No column is chosen for "{{field}}", which is required.',
    OFFICE_NOT_SET: 'Your office has no name yet. Enter it in Settings first.',
    SETUP_ALREADY_DONE: 'This office is already set up; demo data cannot be loaded over data in use.',
    INTERNAL: 'Unexpected error: {{reason}}',
  },
};

export function errorMessage(locale: Locale, code: ErrorCode, params?: Record<string, unknown>): string {
  return interpolate(errorMessages[locale][code], params);
}
