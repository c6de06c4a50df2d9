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
  },
  en: {
    RESTORE_EMPTY_FILE: 'The file "{{file}}" is empty (0 bytes), not a backup. Your current data has not been changed.',
    RESTORE_NOT_OURS:
      'The file "{{file}}" is an SQLite database but not a UnionDesk one (missing tables {{missing}}). Choose the right backup; your current data has not been changed.',
    RESTORE_FOREIGN_KEYS:
      'The backup "{{file}}" has {{count}} rows pointing at data that does not exist (tables {{tables}}). Choose another backup; your current data has not been changed.',
    RESTORE_HOSTILE_TRIGGER:
      'The backup "{{file}}" contains triggers UnionDesk never creates ({{names}}). It was refused; your current data has not been changed.',
  },
} as const;
