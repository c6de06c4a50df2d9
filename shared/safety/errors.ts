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
  },
} as const;
