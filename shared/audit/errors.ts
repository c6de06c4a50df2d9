/** Messages of the history domain: undoing an import or a delete. */
export const auditErrors = {
  vi: {
    UNION_IN_USE: 'Không xóa được "{{name}}": CĐCS này đã có dữ liệu (đoàn viên, khen thưởng, xếp loại, biểu mẫu…). Chỉ xóa được CĐCS tạo nhầm chưa dùng; CĐCS đã dùng thì hãy giải thể.',
    IMPORT_RUN_NOT_FOUND: 'Không có lần nhập số {{id}} trong lịch sử nhập.',
    IMPORT_ALREADY_UNDONE: '{{subject}} đã được hoàn tác ngày {{date}}.',
    IMPORT_CHANGED_LATER:
      'Không hoàn tác được {{subject}}: {{record}} đã được sửa sau đó ({{when}}). Hoàn tác sẽ làm mất thay đổi ấy; dữ liệu chưa bị thay đổi.',
    IMPORT_ROWS_CHANGED_LATER:
      'Không hoàn tác được {{subject}}: các dòng nó thêm hoặc sửa đã bị sửa hay xóa sau đó. Dữ liệu chưa bị thay đổi.',
    IMPORT_LATER_DEPENDS:
      'Không hoàn tác được {{subject}}: lần nhập tệp "{{later}}" ({{when}}) dựa trên nó. Hãy hoàn tác lần nhập sau trước; dữ liệu chưa bị thay đổi.',
    IMPORT_STILL_USED:
      'Không hoàn tác được {{subject}}: dữ liệu thêm sau đó ({{table}}) vẫn dùng các dòng của nó. Dữ liệu chưa bị thay đổi.',
  },
  en: {
    UNION_IN_USE: '"{{name}}" cannot be deleted: it already has data (members, awards, ratings, forms…). Only a union created by mistake and never used can be deleted; dissolve one in use.',
    IMPORT_RUN_NOT_FOUND: 'There is no import number {{id}} in the import history.',
    IMPORT_ALREADY_UNDONE: '{{subject}} was already undone on {{date}}.',
    IMPORT_CHANGED_LATER:
      '{{subject}} cannot be undone: {{record}} was changed afterwards ({{when}}). Undoing would lose that change; nothing was changed.',
    IMPORT_ROWS_CHANGED_LATER:
      '{{subject}} cannot be undone: rows it added or changed were edited or deleted afterwards. Nothing was changed.',
    IMPORT_LATER_DEPENDS:
      '{{subject}} cannot be undone: the later import of "{{later}}" ({{when}}) builds on it. Undo that one first; nothing was changed.',
    IMPORT_STILL_USED:
      '{{subject}} cannot be undone: data added afterwards ({{table}}) still uses its rows. Nothing was changed.',
  },
} as const;
