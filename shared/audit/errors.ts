/** Messages of the history domain: undoing an import or a delete. */
export const auditErrors = {
  vi: {
    IMPORT_RUN_NOT_FOUND: 'Không có lần nhập số {{id}} trong lịch sử nhập.',
    IMPORT_ALREADY_UNDONE: 'Lần nhập tệp "{{file}}" đã được hoàn tác ngày {{date}}.',
    IMPORT_CHANGED_LATER:
      'Không hoàn tác được lần nhập tệp "{{file}}": {{record}} đã được sửa sau đó ({{when}}). Hoàn tác sẽ làm mất thay đổi ấy; dữ liệu chưa bị thay đổi.',
    IMPORT_ROWS_CHANGED_LATER:
      'Không hoàn tác được lần nhập tệp "{{file}}": các dòng lần nhập này thêm hoặc sửa đã bị sửa hay xóa sau đó. Dữ liệu chưa bị thay đổi.',
    IMPORT_LATER_DEPENDS:
      'Không hoàn tác được lần nhập tệp "{{file}}": lần nhập tệp "{{later}}" ({{when}}) dựa trên nó. Hãy hoàn tác lần nhập sau trước; dữ liệu chưa bị thay đổi.',
    IMPORT_STILL_USED:
      'Không hoàn tác được lần nhập tệp "{{file}}": dữ liệu nhập sau đó ({{table}}) vẫn dùng các dòng của lần nhập này. Dữ liệu chưa bị thay đổi.',
  },
  en: {
    IMPORT_RUN_NOT_FOUND: 'There is no import number {{id}} in the import history.',
    IMPORT_ALREADY_UNDONE: 'The import of "{{file}}" was already undone on {{date}}.',
    IMPORT_CHANGED_LATER:
      'The import of "{{file}}" cannot be undone: {{record}} was changed afterwards ({{when}}). Undoing would lose that change; nothing was changed.',
    IMPORT_ROWS_CHANGED_LATER:
      'The import of "{{file}}" cannot be undone: rows it added or changed were edited or deleted afterwards. Nothing was changed.',
    IMPORT_LATER_DEPENDS:
      'The import of "{{file}}" cannot be undone: the later import of "{{later}}" ({{when}}) builds on it. Undo that one first; nothing was changed.',
    IMPORT_STILL_USED:
      'The import of "{{file}}" cannot be undone: data added afterwards ({{table}}) still uses its rows. Nothing was changed.',
  },
} as const;
