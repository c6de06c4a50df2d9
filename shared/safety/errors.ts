/** Messages of the safety codes: restores refused, locks, files, disk and port problems. */
export const safetyErrors = {
  vi: {
    RESTORE_EMPTY_FILE: 'Tệp "{{file}}" rỗng (0 byte), không phải bản sao lưu. Dữ liệu hiện tại chưa bị thay đổi.',
    RESTORE_NOT_OURS:
      'Tệp "{{file}}" là cơ sở dữ liệu SQLite nhưng không phải của UnionDesk (thiếu bảng {{missing}}). Hãy chọn đúng tệp sao lưu; dữ liệu hiện tại chưa bị thay đổi.',
    RESTORE_FOREIGN_KEYS:
      'Bản sao lưu "{{file}}" có {{count}} dòng tham chiếu tới dữ liệu không tồn tại (bảng {{tables}}). Hãy chọn bản sao lưu khác; dữ liệu hiện tại chưa bị thay đổi.',
    RESTORE_HOSTILE_TRIGGER:
      'Bản sao lưu "{{file}}" chứa trigger lạ ({{names}}) mà UnionDesk không tạo ra. Tệp đã bị từ chối; dữ liệu hiện tại chưa bị thay đổi.',
    UPLOAD_TOO_LARGE: 'Tệp quá lớn: mỗi lần chỉ gửi được tối đa {{limit}}. Hãy chia tệp thành nhiều tệp nhỏ hơn rồi nhập lần lượt.',
    UPLOAD_EMPTY: 'Tệp rỗng: "{{file}}" không có nội dung (0 byte). Hãy chọn lại đúng tệp.',
    REQUEST_MALFORMED: 'Yêu cầu gửi tới ứng dụng bị hỏng nên không được thực hiện. Hãy tải lại trang rồi thử lại.',
    IMPORT_SHEET_TOO_LARGE:
      'Trang "{{sheet}}" của tệp "{{file}}" có dữ liệu trải tới ô {{cell}} ({{rows}} dòng × {{columns}} cột), quá lớn để là một danh sách. Hãy mở tệp bằng Excel, xoá các ô thừa ở xa bên phải hoặc bên dưới bảng, lưu lại rồi nhập.',
    IMPORT_REJECTED_FILE_FAILED: 'Đã nhập xong, nhưng không ghi được tệp các dòng bị loại: {{reason}}',
    DISK_FULL:
      'Ổ đĩa đã đầy nên không ghi được; thao tác vừa rồi chưa được lưu. Hãy giải phóng dung lượng (xoá bớt tệp, dọn Thùng rác) rồi thử lại. Dữ liệu đã lưu trước đó vẫn nguyên vẹn.',
    DISK_FULL_AT_STARTUP:
      'Ổ đĩa chứa thư mục dữ liệu "{{dir}}" đã đầy nên UnionDesk chưa mở được. Dữ liệu vẫn nguyên vẹn: hãy giải phóng dung lượng (xoá bớt tệp, dọn Thùng rác) rồi mở lại UnionDesk.',
    DB_LOCKED:
      'Cơ sở dữ liệu đang bận vì một chương trình khác (cửa sổ UnionDesk khác hoặc lệnh uniondesk) đang ghi. Hãy đợi thao tác đó xong rồi thử lại.',
    PATH_MISSING:
      'Không tìm thấy thư mục hoặc tệp {{path}}: có thể ổ USB hoặc ổ mạng đã bị rút, hoặc thư mục đã bị xoá. Thao tác vừa rồi chưa được lưu; hãy cắm lại ổ (hoặc chọn thư mục khác) rồi mở lại UnionDesk.',
    NO_PERMISSION: 'Không có quyền ghi vào {{path}}. Hãy chọn thư mục khác hoặc nhờ quản trị máy cấp quyền ghi.',
    PORT_IN_USE: 'Cổng {{port}} đang được chương trình khác dùng. Hãy đóng chương trình đó hoặc chạy lại với --port khác (--port 0 để tự chọn cổng trống).',
    DATA_DIR_BUSY_RESTORE:
      'Một chương trình UnionDesk khác (tiến trình {{pid}}) đang khôi phục cơ sở dữ liệu này từ bản sao lưu. Hãy đợi việc đó xong rồi mở lại.',
    DATA_DIR_BUSY_MIGRATE:
      'Một chương trình UnionDesk khác (tiến trình {{pid}}) đang nâng cấp cơ sở dữ liệu này. Hãy đợi việc đó xong rồi mở lại.',
    DATA_DIR_WAITING: 'Đang đợi chương trình UnionDesk khác (tiến trình {{pid}}) khôi phục hoặc nâng cấp cơ sở dữ liệu xong…',
    DATA_DIR_GONE:
      'Không tìm thấy thư mục dữ liệu "{{dir}}" (hoặc tệp uniondesk.db trong đó): có thể ổ USB đã bị rút hoặc thư mục đã bị xoá. Thao tác vừa rồi KHÔNG được lưu. Hãy cắm lại ổ hoặc chép lại thư mục, rồi mở lại UnionDesk.',
    FILE_TARGET_UNKNOWN: 'Lựa chọn nơi lưu tệp đã hết hạn hoặc đã được dùng. Hãy bấm xuất lại và chọn nơi lưu.',
    FILE_TARGET_PROTECTED:
      'Không thể lưu vào "{{file}}": đó là cơ sở dữ liệu của UnionDesk hoặc thư mục sao lưu. Hãy chọn tên tệp hoặc thư mục khác.',
    FILE_SOURCE_UNKNOWN: 'Lựa chọn tệp sao lưu đã hết hạn hoặc đã được dùng. Hãy chọn lại tệp.',
    FILE_SOURCE_LIVE:
      'Tệp "{{file}}" là cơ sở dữ liệu đang dùng của UnionDesk, không phải bản sao lưu. Hãy chọn tệp sao lưu (trên USB hoặc trong thư mục backups). Dữ liệu hiện tại chưa bị thay đổi.',
  },
  en: {
    RESTORE_EMPTY_FILE: 'The file "{{file}}" is empty (0 bytes), not a backup. Your current data has not been changed.',
    RESTORE_NOT_OURS:
      'The file "{{file}}" is an SQLite database but not a UnionDesk one (missing tables {{missing}}). Choose the right backup; your current data has not been changed.',
    RESTORE_FOREIGN_KEYS:
      'The backup "{{file}}" has {{count}} rows pointing at data that does not exist (tables {{tables}}). Choose another backup; your current data has not been changed.',
    RESTORE_HOSTILE_TRIGGER:
      'The backup "{{file}}" contains triggers UnionDesk never creates ({{names}}). It was refused; your current data has not been changed.',
    UPLOAD_TOO_LARGE: 'The file is too large: at most {{limit}} can be sent at once. Split it into smaller files and import them one by one.',
    UPLOAD_EMPTY: 'Empty file: "{{file}}" has no content (0 bytes). Choose the right file.',
    REQUEST_MALFORMED: 'A request to the app was damaged and was not carried out. Reload the page and try again.',
    IMPORT_SHEET_TOO_LARGE:
      'Sheet "{{sheet}}" of "{{file}}" has data as far as cell {{cell}} ({{rows}} rows × {{columns}} columns), too large to be a list. Open it in Excel, delete the stray cells far to the right or below the table, save it and import again.',
    IMPORT_REJECTED_FILE_FAILED: 'The import is done, but the file of rejected rows could not be written: {{reason}}',
    DISK_FULL:
      'The disk is full, so nothing could be written; the last operation was not saved. Free some space (delete files, empty the Recycle Bin) and try again. Data saved before is intact.',
    DISK_FULL_AT_STARTUP:
      'The disk holding the data folder "{{dir}}" is full, so UnionDesk could not start. The data is intact: free some space (delete files, empty the Recycle Bin) and open UnionDesk again.',
    DB_LOCKED: 'The database is busy: another program (another UnionDesk window or the uniondesk command) is writing. Wait for it to finish and try again.',
    PATH_MISSING:
      'The folder or file {{path}} is not there: a USB or network drive may have been removed, or the folder deleted. The last operation was not saved; reconnect the drive (or choose another folder) and reopen UnionDesk.',
    NO_PERMISSION: 'No permission to write to {{path}}. Choose another folder or ask the administrator for write access.',
    PORT_IN_USE: 'Port {{port}} is used by another program. Close it or run again with another --port (--port 0 picks a free one).',
    DATA_DIR_BUSY_RESTORE:
      'Another UnionDesk program (process {{pid}}) is restoring this database from a backup. Wait for it to finish and open again.',
    DATA_DIR_BUSY_MIGRATE: 'Another UnionDesk program (process {{pid}}) is upgrading this database. Wait for it to finish and open again.',
    DATA_DIR_WAITING: 'Waiting for another UnionDesk program (process {{pid}}) to finish restoring or upgrading the database…',
    DATA_DIR_GONE:
      'The data folder "{{dir}}" (or the uniondesk.db file in it) is not there: a USB drive may have been removed or the folder deleted. The last operation was NOT saved. Reconnect the drive or put the folder back, then reopen UnionDesk.',
    FILE_TARGET_UNKNOWN: 'The choice of where to save has expired or was already used. Export again and choose where to save.',
    FILE_TARGET_PROTECTED: 'Cannot save to "{{file}}": it is the UnionDesk database or its backups folder. Choose another file name or folder.',
    FILE_SOURCE_UNKNOWN: 'The choice of a backup file has expired or was already used. Choose the file again.',
    FILE_SOURCE_LIVE:
      'The file "{{file}}" is the UnionDesk database in use, not a backup. Choose a backup file (on a USB stick or in the backups folder). Your current data has not been changed.',
  },
} as const;
